// Whole pages for anonymous readers, kept in this instance's memory under the version of the data
// (lib/cache/versions.ts), so that a repeated view costs no render at all.
//
// The proxy answers a page it has kept (`keptPage`). For one it has not, it lets Next render the
// page as usual, in this process, and names the request with a one-time token (`startCapture`);
// lib/cache/capture.ts hears the bytes Next writes for that request and hands them back here
// (`finishCapture`). Nothing is fetched from this server over HTTP, whatever address it is bound to.
//
// Each response still gets a nonce of its own: a kept page is stored with the nonce it was rendered
// with, and that nonce is replaced by a fresh one, in the page and in its Content-Security-Policy,
// every time it is served. The kept copy asks for its scripts after its first paint
// (./scripts-after-paint.ts). A reader whose browser takes brotli gets it in brotli, compressed as it is
// served (the nonce differs each time): half the bytes of Next's gzip for less work (a deals page:
// 23.6 kB against 42.8, in 2.0 ms against 2.75).
import { LRUCache } from 'lru-cache';
import { SESSION_COOKIE } from '@/lib/auth/sessions';
import { scriptsAfterFirstPaint } from './scripts-after-paint';
import { cacheGet, cacheOn, cacheSet, cacheStats } from './store';
import type { Versions } from './versions';

/** The request header by which the proxy names a render to keep. It carries a token, never a key. */
export const CAPTURE_HEADER = 'x-ties-capture';
/** A page over this size is served but not kept (a deals page is ~150 kB of HTML). */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

// Pages that are never kept: the editors' and admins' pages and forms, and sign-in (it answers by
// the reader's address).
const NEVER = /^\/(sign-in|admin|import|register)(\/|$)|\/(new|edit)$/;

export type PageRequest = { method: string; bare: string; search: URLSearchParams; headers: Pick<Headers, 'get' | 'has'>; hasCookie: (name: string) => boolean };

/**
 * Whether a request may be answered from, and kept in, the page cache: a plain GET of a page (not
 * Next's RSC request of a client navigation or prefetch) by a reader with no session cookie. A
 * bogus session cookie is treated as a session: such a request is rendered, never served a kept page.
 * Past views (`asof`) are not kept: their "that day cannot be rebuilt now" notice is of the moment.
 */
export function keepablePage({ method, bare, search, headers, hasCookie }: PageRequest): boolean {
  if (!cacheOn() || method !== 'GET') return false;
  if (headers.has('rsc') || headers.has('next-router-prefetch') || headers.has('next-action') || search.has('_rsc')) return false;
  if (hasCookie(SESSION_COOKIE)) return false;
  return !NEVER.test(bare) && !search.has('asof');
}

/**
 * A page's key: the data's versions, the day (pages print the date a view was retrieved), the
 * site's origin (printed in citations and canonical links) and the address with its language.
 */
export function pageKey(versions: Versions, day: string, origin: string, pathAndQuery: string): string {
  return `page|register:${versions.register},tracker:${versions.tracker}|${day}|${origin}|${pathAndQuery}`;
}

type KeptPage = { body: string; nonce: string; headers: Array<[string, string]> };
type Capture = { key: string; nonce: string; failed: boolean };

// Renders under way that are to be kept, by token. Bounded, and forgotten after a minute, so a
// render whose response never finished (a closed connection) leaves nothing behind.
const global = globalThis as unknown as { tiesCaptures?: LRUCache<string, Capture> };
const captures = (global.tiesCaptures ??= new LRUCache<string, Capture>({ max: 1000, ttl: 60_000 }));

/**
 * Whether an Accept-Encoding header takes brotli: named, or `*`, without `q=0`
 * (RFC 9110, 12.5.3). A browser sends `gzip, deflate, br, zstd`.
 */
export function acceptsBrotli(acceptEncoding: string | null): boolean {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  return (weights.get('br') ?? weights.get('*') ?? 0) > 0;
}

/**
 * The response header by which the proxy asks for a kept page to be sent in brotli. Next drops a
 * proxy's Content-Encoding, so lib/cache/capture.ts compresses the page as it is written, and puts
 * the real header in this one's place.
 */
export const ENCODE_HEADER = 'x-ties-encode';

/**
 * The kept page for `key`, with `nonce` in place of the one it was rendered with, or null. With
 * `brotli`, its headers ask for it to be sent in brotli ({@link ENCODE_HEADER}; `no-transform` keeps
 * Next's own gzip off it); else Next compresses it as it does every page.
 */
export function keptPage(key: string, nonce: string, { brotli = false } = {}): { body: string; headers: Array<[string, string]> } | null {
  const kept = cacheGet<KeptPage>(key);
  if (!kept) {
    cacheStats.pages.misses += 1;
    return null;
  }
  cacheStats.pages.hits += 1;
  const body = kept.body.replaceAll(kept.nonce, nonce);
  if (!brotli) return { body, headers: kept.headers };
  const headers = kept.headers.map(([name, value]): [string, string] => (name === 'cache-control' ? [name, `${value}, no-transform`] : [name, value]));
  if (!headers.some(([name]) => name === 'cache-control')) headers.push(['cache-control', 'no-transform']);
  return { body, headers: [...headers, [ENCODE_HEADER, 'br']] };
}

/** A token naming this render, to send in the CAPTURE_HEADER of the request Next renders. */
export function startCapture(key: string, nonce: string): string {
  const token = crypto.randomUUID();
  captures.set(token, { key, nonce, failed: false });
  return token;
}

/** The render named by `token` failed somewhere (instrumentation.ts hears of every render error): never keep it. */
export function failCapture(token: string): void {
  const capture = captures.get(token);
  if (capture) capture.failed = true;
}

// Headers of one response on one connection, or of how it was rendered: never replayed. The
// policy is written afresh with each response's nonce.
const NOT_REPLAYED = new Set(['connection', 'content-length', 'content-encoding', 'content-security-policy', 'date', 'keep-alive', 'set-cookie', 'transfer-encoding', 'x-ties-cache']);

export type Rendered = { status: number; headers: Record<string, string | string[] | number | undefined>; body: string };

/**
 * Keeps what Next sent for the render named by `token`, if it is a whole page: status 200, HTML,
 * no cookie set, no error reported while rendering, and the nonce it was rendered with in it. The
 * copy kept asks for its scripts after it is painted. Returns whether it was kept.
 */
export function finishCapture(token: string, rendered: Rendered | null): boolean {
  const capture = captures.get(token);
  captures.delete(token);
  if (!capture || capture.failed || !rendered || rendered.status !== 200) return false;
  const type = rendered.headers['content-type'];
  if (typeof type !== 'string' || !type.startsWith('text/html') || rendered.headers['set-cookie'] !== undefined) return false;
  if (!rendered.body.includes(capture.nonce)) return false;
  const headers: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(rendered.headers)) {
    if (value === undefined || NOT_REPLAYED.has(name) || name.startsWith('x-middleware-')) continue;
    for (const one of Array.isArray(value) ? value : [String(value)]) headers.push([name, one]);
  }
  // Counted as two bytes a character: every page has Korean in it (at least the language switcher),
  // and V8 keeps such a string at two bytes a character.
  const body = scriptsAfterFirstPaint(rendered.body, capture.nonce);
  cacheSet(capture.key, { body, nonce: capture.nonce, headers } satisfies KeptPage, body.length * 2 + 1024);
  return true;
}
