// What the proxy refuses before Next's router sees it, and the public origin it prints.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from '@/lib/http/csp';
import { crossOrigin, crossSiteAction, decodablePath } from '@/lib/http/guards';
import { decodeSegment, publicOrigin } from '@/lib/url';

describe('decodablePath', () => {
  it.each(['/deals', '/deals/k9-romania', '/ko/deals', '/history/deal/%ED%95%9C', '/a%20b'])('accepts %s', (path) => expect(decodablePath(path)).toBe(true));
  it.each(['/deals/%ff', '/%', '/api/%E0%A4%A', '/_next/%C0%AF', '/x.%zz'])('refuses %s', (path) => expect(decodablePath(path)).toBe(false));
});

describe('decodeSegment', () => {
  it('decodes, and leaves a stray percent sign as it is', () => {
    expect(decodeSegment('%ED%95%9C')).toBe('한');
    expect(decodeSegment('%ff')).toBe('%ff');
  });
});

describe('crossSiteAction', () => {
  const form = (headers: Record<string, string>) => new Headers({ 'content-type': 'multipart/form-data; boundary=x', host: 'ties.example', ...headers });
  it('lets same-site and origin-less posts through, as Next does', () => {
    expect(crossSiteAction('POST', form({ origin: 'https://ties.example' }))).toBe(false);
    expect(crossSiteAction('POST', form({}))).toBe(false);
    expect(crossSiteAction('POST', form({ origin: 'https://public.example', 'x-forwarded-host': 'public.example, inner' }))).toBe(false);
  });
  it('refuses another origin, an opaque one and one that is no URL', () => {
    expect(crossSiteAction('POST', form({ origin: 'https://evil.example' }))).toBe(true);
    expect(crossSiteAction('POST', form({ origin: 'null' }))).toBe(true);
    expect(crossSiteAction('POST', form({ origin: 'not a url' }))).toBe(true);
    expect(crossSiteAction('POST', new Headers({ 'next-action': 'abc', host: 'ties.example', origin: 'https://evil.example' }))).toBe(true);
  });
  it('leaves reads and JSON posts (the API checks those itself) alone', () => {
    expect(crossSiteAction('GET', form({ origin: 'https://evil.example' }))).toBe(false);
    expect(crossSiteAction('POST', new Headers({ 'content-type': 'application/json', host: 'ties.example', origin: 'https://evil.example' }))).toBe(false);
  });
});

describe('crossOrigin (the JSON API and server actions alike)', () => {
  it('compares the Origin with the first X-Forwarded-Host, else the Host', () => {
    expect(crossOrigin(new Headers({ host: 'inner:3000', 'x-forwarded-host': 'ties.example, inner', origin: 'https://ties.example' }))).toBe(false);
    expect(crossOrigin(new Headers({ host: 'ties.example', origin: 'https://ties.example' }))).toBe(false);
    expect(crossOrigin(new Headers({ host: 'ties.example' }))).toBe(false);
    expect(crossOrigin(new Headers({ host: 'ties.example', origin: 'https://evil.example' }))).toBe(true);
    expect(crossOrigin(new Headers({ host: 'ties.example', origin: 'null' }))).toBe(true);
  });
});

describe('publicOrigin', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it('prefers TIES_PUBLIC_URL', () => {
    expect(publicOrigin(headers({ host: 'a.example' }), undefined, { TIES_PUBLIC_URL: 'https://ties.example/path' })).toBe('https://ties.example');
  });
  it('believes X-Forwarded-Host and -Proto only when told a proxy sets them', () => {
    const forwarded = headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'ties.example, inner', 'x-forwarded-proto': 'https' });
    expect(publicOrigin(forwarded, 'http://127.0.0.1:3000/deals', { TIES_TRUST_PROXY: '1' })).toBe('https://ties.example');
    expect(publicOrigin(forwarded, 'http://127.0.0.1:3000/deals', {})).toBe('http://127.0.0.1:3000');
  });
  it.each(['localhost:99999', '999.999.999.999', 'a'.repeat(300), 'evil.example/<script>', 'a b', ''])('does not echo the host %j', (host) => {
    expect(publicOrigin(headers({ host }), undefined, {})).toBe('http://localhost');
  });
  it('survives a request URL that is no URL', () => {
    expect(publicOrigin(headers({}), 'not a url', {})).toBe('http://localhost');
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts by nonce only, and framing only for embeds', () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const page = contentSecurityPolicy(nonce);
    expect(page).toContain("default-src 'self'");
    expect(page).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(page).not.toContain('unsafe-eval');
    expect(page).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy(nonce, { embed: true })).toContain('frame-ancestors *');
  });
});
