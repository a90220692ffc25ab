// Back to where you were after signing in, and never to another site.
import { describe, expect, it } from 'vitest';
import { AFTER_SIGN_IN, refererPath, safeNextPath } from '@/lib/auth/next-path';

describe('safeNextPath', () => {
  it.each([
    ['/recommendations/4', '/recommendations/4'],
    ['/deals?country=PL&stage=contract', '/deals?country=PL&stage=contract'],
    ['/ko/deals?country=PL', '/deals?country=PL'],
    ['/ko', '/'],
    ['/', '/'],
  ])('keeps the same-site path %s as %s', (value, path) => expect(safeNextPath(value)).toBe(path));

  it.each([
    '//evil.example',
    '//evil.example/recommendations',
    'https://evil.example/',
    '/\\evil.example',
    '/%0d%0aLocation: x'.replace('%0d%0a', '\r\n'),
    'javascript:alert(1)',
    ' /deals',
    '/sign-in',
    '/sign-in?next=/deals',
    '/ko/sign-in',
    '/api/deals',
    '/deals#x',
    '/a'.repeat(1001),
    '',
    undefined,
    ['/deals'],
  ])('refuses %j and goes to the default', (value) => expect(safeNextPath(value)).toBe(AFTER_SIGN_IN));
});

describe('refererPath', () => {
  const hosts = ['ties.test:3000'];
  it('returns a page of this site the reader came from, with its query', () => {
    expect(refererPath('http://ties.test:3000/ko/deals?country=PL', hosts)).toBe('/ko/deals?country=PL');
    expect(refererPath('https://TIES.test:3000/recommendations', hosts)).toBe('/recommendations');
  });
  it('ignores another site, another port, the sign-in page, and what is no URL', () => {
    expect(refererPath('http://evil.example/deals', hosts)).toBeUndefined();
    expect(refererPath('http://ties.test:3001/deals', hosts)).toBeUndefined();
    expect(refererPath('http://ties.test:3000/sign-in', hosts)).toBeUndefined();
    expect(refererPath('not a url', hosts)).toBeUndefined();
    expect(refererPath(null, hosts)).toBeUndefined();
  });
});
