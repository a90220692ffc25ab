// Where sign-in returns to: a path on this site only, never another site (no open redirect).

/** Where a sign-in with no (usable) place to return to lands. */
export const AFTER_SIGN_IN = '/recommendations';

/**
 * `value` if it is a same-site path to return to after signing in, in the locale-less form the
 * router takes (`/ko/deals?country=PL` → `/deals?country=PL`: the language is the reader's, not the
 * path's); otherwise the default. Refused: anything not starting with one `/` (`//evil.example`,
 * `https://…`, `/\evil.example`), characters outside a plain path and query, the sign-in page
 * itself, API routes, and over-long values.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000 || !/^\/(?!\/)[\w\-/?=&%.~+,;:@]*$/.test(value)) return AFTER_SIGN_IN;
  const path = value.replace(/^\/ko(?=\/|\?|$)/, '') || '/';
  if (/^\/(sign-in|api)(?:[/?]|$)/.test(path)) return AFTER_SIGN_IN;
  return path;
}

/**
 * The path of the page the reader came from (the Referer), when it is a page of this site:
 * the "Sign in" link in the header then returns to it, with no script. Undefined otherwise.
 */
export function refererPath(referer: string | null | undefined, ownHosts: ReadonlyArray<string | null | undefined>): string | undefined {
  if (!referer) return undefined;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !ownHosts.some((h) => h && h.toLowerCase() === url.host.toLowerCase())) return undefined;
  const path = `${url.pathname}${url.search}`;
  return safeNextPath(path) === AFTER_SIGN_IN && path !== AFTER_SIGN_IN ? undefined : path;
}
