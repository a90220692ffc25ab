// The home page's language for a fresh arrival: a remembered choice, then Accept-Language, then English.
import { describe, expect, it } from 'vitest';
import { acceptedLocale, preferredLocale } from '@/lib/i18n/preferred-locale';

describe('acceptedLocale', () => {
  it.each([
    ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
    ['en-GB,en;q=0.9,ko;q=0.8', 'en'],
    ['en;q=0.5, ko;q=0.8', 'ko'],
    ['fr-FR,fr;q=0.9,ko;q=0.5', 'ko'],
    ['KO', 'ko'],
    ['ko;q=0, en', 'en'],
    ['de, fr', null],
    ['', null],
    [null, null],
    ['*', null],
    ['ko;q=abc, en', 'en'],
  ])('%s → %s', (header, locale) => {
    expect(acceptedLocale(header)).toBe(locale);
  });
});

describe('preferredLocale', () => {
  it('lets a remembered choice win over the browser', () => {
    expect(preferredLocale('en', 'ko-KR,ko')).toBe('en');
    expect(preferredLocale('ko', 'en-US,en')).toBe('ko');
  });

  it('ignores a cookie that names no locale of ours, and falls back to English', () => {
    expect(preferredLocale('fr', 'ko')).toBe('ko');
    expect(preferredLocale(undefined, 'de')).toBe('en');
  });
});
