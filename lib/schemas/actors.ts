// Whom a recommendation addresses, apart from their zod schema (./recommendation.ts): the tracker's
// form reads these in the browser, which would otherwise carry zod along.
export const actors = ['rok', 'eu', 'nato', 'industry'] as const;
export type Actor = (typeof actors)[number];
