// Who "a client" is, for throttling. Next's server actions see only request headers: `next start`
// fills X-Forwarded-For with the socket's address only when the request has none, so without a proxy
// that sets it, the header is whatever the client sent and could name someone else's address to lock
// them out. Hence the address is used only when the operator says a proxy sets it (TIES_TRUST_PROXY=1);
// otherwise a client is a browser, known by a random cookie that nobody else can present.
import { createHash, randomBytes } from 'node:crypto';

export const CLIENT_COOKIE = 'ties_client';
export const CLIENT_COOKIE_DAYS = 365;

export type ClientSignals = { forwardedFor: string | null; cookie: string | undefined; trustProxy: boolean };

/** Whether the operator has said a proxy in front sets X-Forwarded-For (TIES_TRUST_PROXY=1). */
export function trustsProxy(env: Record<string, string | undefined> = process.env): boolean {
  return env.TIES_TRUST_PROXY === '1';
}

/** The client's key from what the request carries, or null when it must be given a new cookie. */
export function clientKey({ forwardedFor, cookie, trustProxy }: ClientSignals): string | null {
  if (trustProxy) {
    const first = forwardedFor?.split(',')[0]?.trim();
    if (first && first.length <= 64) return `ip:${first.toLowerCase()}`;
  }
  if (cookie && /^[\w-]{22,64}$/.test(cookie)) return browserKey(cookie);
  return null;
}

/** Only a digest is stored, so the attempts table cannot be read back into cookies to present. */
export const browserKey = (cookie: string) => `browser:${createHash('sha256').update(cookie).digest('hex')}`;

export const newClientCookie = () => randomBytes(16).toString('base64url');
