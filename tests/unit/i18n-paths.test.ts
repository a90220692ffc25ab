// The rule our Link follows (lib/i18n/link.tsx): the addresses next-intl's Link gave with
// localePrefix 'as-needed', so that dropping it for one without a browser-side provider moved no link.
import { describe, expect, it } from 'vitest';
import { localeOfPath, localisedHref, unlocalisedPath } from '@/lib/i18n/paths';

const korean: Record<string, string> = {
  '/': '/ko',
  '/deals': '/ko/deals',
  '/deals?country=PL&sort=-value': '/ko/deals?country=PL&sort=-value',
  '/sources#fiott-2025': '/ko/sources#fiott-2025',
  '/?page=2': '/ko?page=2',
  '/deals/k2-poland': '/ko/deals/k2-poland',
};
const hrefs = Object.keys(korean);

describe('localised paths', () => {
  it.each(hrefs)('%s stays as it is in English and goes under /ko in Korean', (href) => {
    expect(localisedHref(href, 'en')).toBe(href);
    expect(localisedHref(href, 'ko')).toBe(korean[href]);
  });

  it('prefixes English only when a link changes the language to it', () => {
    expect(localisedHref('/deals?q=K9', 'en', true)).toBe('/en/deals?q=K9');
    expect(localisedHref('/', 'en', true)).toBe('/en');
    expect(localisedHref('/', 'ko')).toBe('/ko');
  });

  it('leaves addresses that are not app paths alone', () => {
    for (const href of ['https://example.org/x', '//example.org/x', 'mailto:a@b.c', '#top']) expect(localisedHref(href, 'ko')).toBe(href);
  });

  it('reads the language from the address and takes it off again', () => {
    expect([localeOfPath('/ko'), localeOfPath('/ko/deals'), localeOfPath('/ko?x=1'), localeOfPath('/deals'), localeOfPath('/kor'), localeOfPath('/')]).toEqual(['ko', 'ko', 'ko', 'en', 'en', 'en']);
    expect([unlocalisedPath('/ko'), unlocalisedPath('/ko/deals/x'), unlocalisedPath('/deals'), unlocalisedPath('/kor')]).toEqual(['/', '/deals/x', '/deals', '/kor']);
  });
});

describe('isLocale and knownLocale (the one test of a locale)', () => {
  it('knows en and ko, and nothing else', async () => {
    const { isLocale, knownLocale } = await import('@/lib/i18n/routing');
    expect(['en', 'ko'].map(isLocale)).toEqual([true, true]);
    for (const other of ['', 'EN', 'ko-KR', 'fr', 'toString', '__proto__', undefined, null, 1, ['ko']]) expect(isLocale(other), String(other)).toBe(false);
    expect([knownLocale('ko'), knownLocale('fr'), knownLocale(undefined), knownLocale(['ko'])]).toEqual(['ko', 'en', 'en', 'en']);
  });
});
