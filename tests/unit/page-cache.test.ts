// What the page cache keys on, and which pages it may hold.
import { describe, expect, it } from 'vitest';
import { cacheBytes, cacheKey, storableHeaders, tagsFor } from '@/lib/cache/page-cache';

describe('tagsFor', () => {
  it.each([
    ['/', ['register', 'tracker']],
    ['/deals', ['register']],
    ['/deals/k9-romania', ['register']],
    ['/instruments/edf', ['register']],
    ['/sources', ['register']],
    ['/history/deal/x', ['register']],
    ['/recommendations', ['register', 'tracker']],
    ['/recommendations/4', ['register', 'tracker']],
    ['/embed/deals', ['register']],
    ['/embed/recommendations', ['register', 'tracker']],
  ])('%s depends on %j', (path, tags) => expect(tagsFor(path)).toEqual(tags));

  it.each(['/sign-in', '/admin/users', '/import', '/register', '/register/organisations/x/edit', '/deals/new', '/deals/x/edit', '/instruments/new', '/elsewhere'])(
    '%s is never cached',
    (path) => expect(tagsFor(path)).toBeNull(),
  );
});

describe('cacheKey', () => {
  const day = new Date('2026-11-28T12:00:00Z');
  const key = (versions: { register: number; tracker: number }, tags: Array<'register' | 'tracker'> = ['register'], now = day) =>
    cacheKey(tags, versions, 'https://ties.example', '/deals?country=PL', now);

  it('changes when a tag the page depends on moves, and only then', () => {
    expect(key({ register: 1, tracker: 1 })).not.toBe(key({ register: 2, tracker: 1 }));
    expect(key({ register: 1, tracker: 1 })).toBe(key({ register: 1, tracker: 9 }));
    expect(key({ register: 1, tracker: 1 }, ['register', 'tracker'])).not.toBe(key({ register: 1, tracker: 9 }, ['register', 'tracker']));
  });

  it('changes with the day, the origin and the URL', () => {
    expect(key({ register: 1, tracker: 1 })).not.toBe(key({ register: 1, tracker: 1 }, ['register'], new Date('2026-11-29T00:00:01Z')));
    expect(cacheKey(['register'], { register: 1, tracker: 1 }, 'https://a.example', '/deals', day)).not.toBe(cacheKey(['register'], { register: 1, tracker: 1 }, 'https://b.example', '/deals', day));
    expect(cacheKey(['register'], { register: 1, tracker: 1 }, 'https://a.example', '/deals', day)).not.toBe(cacheKey(['register'], { register: 1, tracker: 1 }, 'https://a.example', '/deals?page=2', day));
  });
});

describe('storableHeaders', () => {
  it('keeps the security headers and drops per-response and routing ones', () => {
    const kept = storableHeaders(
      new Headers({
        'content-type': 'text/html',
        'x-frame-options': 'DENY',
        'set-cookie': 'a=b',
        'x-middleware-rewrite': '/en/deals',
        link: '<http://127.0.0.1:3000/deals>; rel="alternate"',
        'content-length': '10',
      }),
    );
    expect(Object.fromEntries(kept)).toEqual({ 'content-type': 'text/html', 'x-frame-options': 'DENY' });
  });
});

describe('cacheBytes (TIES_PAGE_CACHE_MB)', () => {
  it('is 64 MB unless set, 0 to turn the cache off, and any size in MB', () => {
    expect([cacheBytes(undefined), cacheBytes(''), cacheBytes('0'), cacheBytes('0.5'), cacheBytes('128')]).toEqual([64 * 2 ** 20, 64 * 2 ** 20, 0, 2 ** 19, 128 * 2 ** 20]);
  });

  it('ignores a value that is no size, rather than failing every page', () => {
    for (const bad of ['lots', '-1', 'Infinity', '1e400']) expect(cacheBytes(bad), bad).toBe(64 * 2 ** 20);
  });
});
