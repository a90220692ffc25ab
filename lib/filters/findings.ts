// The /findings view in the URL: a text filter and the actor and theme facets. The paper's findings
// are a few dozen, shown whole in the paper's order, so there is no sort and no page.
import { findingActors, findingThemes, type FindingActor, type FindingTheme } from '@/lib/schemas/finding';
import { type Dropped, type RawParams, buildQuery, dropUnknownKeys, pickMany, pickText } from './params';

export type FindingFilters = { q?: string; actor: FindingActor[]; theme: FindingTheme[] };

export const emptyFindingFilters: FindingFilters = { actor: [], theme: [] };

export function parseFindingFilters(raw: RawParams): { filters: FindingFilters; dropped: Dropped } {
  const dropped: Dropped = [];
  dropUnknownKeys(raw, ['q', 'actor', 'theme'], dropped);
  return {
    filters: { q: pickText(raw, 'q'), actor: pickMany(raw, 'actor', findingActors, dropped), theme: pickMany(raw, 'theme', findingThemes, dropped) },
    dropped,
  };
}

/** The canonical query string (defaults left out): q, actor, theme. */
export function buildFindingQuery(f: FindingFilters): string {
  return buildQuery([
    ['q', f.q],
    ['actor', f.actor],
    ['theme', f.theme],
  ]);
}

/** The same view with no filter at all. */
export const clearFindingFilters = (f: FindingFilters): FindingFilters => ({ ...f, ...emptyFindingFilters, q: undefined });
