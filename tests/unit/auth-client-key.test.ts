// Who a client is, for throttling: an address only when the operator trusts a proxy to set it,
// otherwise the browser's own cookie, so nobody can present another person's key.
import { describe, expect, it } from 'vitest';
import { browserKey, clientKey, newClientCookie, trustsProxy } from '@/lib/auth/client-key';

const cookie = newClientCookie();

describe('clientKey', () => {
  it('takes the first X-Forwarded-For entry behind a trusted proxy', () => {
    expect(clientKey({ forwardedFor: '203.0.113.7, 10.0.0.2', cookie, trustProxy: true })).toBe('ip:203.0.113.7');
    expect(clientKey({ forwardedFor: ' 2001:DB8::1 ', cookie: undefined, trustProxy: true })).toBe('ip:2001:db8::1');
  });

  it('ignores X-Forwarded-For without a trusted proxy, since the client itself may have written it', () => {
    expect(clientKey({ forwardedFor: '203.0.113.7', cookie, trustProxy: false })).toBe(browserKey(cookie));
    expect(clientKey({ forwardedFor: '203.0.113.7', cookie: undefined, trustProxy: false })).toBeNull();
  });

  it('falls back to the cookie when a trusted proxy sent no address, and refuses malformed cookies', () => {
    expect(clientKey({ forwardedFor: null, cookie, trustProxy: true })).toBe(browserKey(cookie));
    expect(clientKey({ forwardedFor: '', cookie: 'short', trustProxy: true })).toBeNull();
    expect(clientKey({ forwardedFor: null, cookie: 'x'.repeat(30) + ';drop', trustProxy: false })).toBeNull();
  });

  it('stores no cookie, only its digest, and gives each browser its own', () => {
    expect(browserKey(cookie)).toMatch(/^browser:[0-9a-f]{64}$/);
    expect(browserKey(cookie)).not.toContain(cookie);
    expect(newClientCookie()).not.toBe(cookie);
  });
});

describe('trustsProxy', () => {
  it('is on only for TIES_TRUST_PROXY=1', () => {
    expect(trustsProxy({ TIES_TRUST_PROXY: '1' })).toBe(true);
    expect(trustsProxy({ TIES_TRUST_PROXY: 'true' })).toBe(false);
    expect(trustsProxy({})).toBe(false);
  });
});
