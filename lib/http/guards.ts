// Requests the proxy answers itself, before Next's router sees them: what the router would turn into
// a 500 (an undecodable path, a cross-site server action) is refused here with the right status.

import { decodedOrNull } from '@/lib/url';

/** Whether every percent-escape in `path` decodes to UTF-8 (`/deals/%ff` does not). */
export const decodablePath = (path: string): boolean => decodedOrNull(path) !== null;

/** The host part of an Origin header: 'null' for opaque origins, null for one that is no URL. */
function originHost(origin: string): string | null {
  if (origin === 'null') return 'null';
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Whether a POST to a page could run a server action from another site. The rule is Next's own
 * (app-render/action-handler.js): with an Origin, it must equal the first X-Forwarded-Host, or the
 * Host. Next refuses the rest with a 500 (or a 500 and a thrown error, for an Origin that is no URL);
 * refusing them here first makes them the 403 they are.
 */
export function crossSiteAction(method: string, headers: Pick<Headers, 'get'>): boolean {
  if (method !== 'POST') return false;
  const type = headers.get('content-type') ?? '';
  const possibleAction = headers.get('next-action') !== null || /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
  return possibleAction && crossOrigin(headers);
}

/**
 * Whether a request comes from another site: it has an Origin, and that is not the first
 * X-Forwarded-Host or, failing that, the Host (Next's rule for server actions; the JSON API's too).
 * No Origin is not cross-site: a hand-made request carries no browser's cookies unwillingly.
 */
export function crossOrigin(headers: Pick<Headers, 'get'>): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return originHost(origin) !== (forwarded || headers.get('host'));
}

/** A short plain-text refusal in both languages (the proxy does not know the reader's yet). */
export function refusal(status: 400 | 403 | 414 | 503, english: string, korean: string): Response {
  return new Response(`${english}\n${korean}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
