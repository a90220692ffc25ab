// Numbers, money and dates for display, per locale, always in the source's own currency.
import type { DatePrecision } from '@/lib/schemas/common';

// en-GB writes "US$" and "€", which keeps dollars unambiguous for a European readership.
const intlLocale = (locale: string) => (locale === 'ko' ? 'ko-KR' : 'en-GB');

/**
 * A stated amount in its own currency, compact: "US$6.5bn"; in Korean by 억 and 조 with the thousands
 * grouped as Korean writes them ("€1,500억", where the compact default would print "€1500억").
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumSignificantDigits: 3,
    ...(locale === 'ko' ? { useGrouping: 'always' as const } : {}),
  }).format(amount);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value);
}

/** A date shown only as precisely as it is known. */
export function formatPartial(date: Date, precision: DatePrecision | string, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
}

/** A partial ISO date string ("2024", "2024-07", "2024-07-12") for display. */
export function formatIsoPartial(value: string, locale: string): string {
  const [y, m = '01', d = '01'] = value.split('-');
  const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return formatPartial(new Date(`${y}-${m}-${d}T00:00:00Z`), precision, locale);
}

/**
 * The language of a name written as its owner writes it (a work's title, a publisher, an author):
 * English unless it is in Hangul, so that a Korean page marks it `lang="en"` for screen readers.
 */
export const nameLang = (text: string): 'en' | undefined => (/[\uAC00-\uD7A3]/.test(text) ? undefined : 'en');

/** Picks the Korean text where the page is Korean and one exists. */
export function localised(locale: string, en: string, ko: string | null | undefined): { text: string; fallback: boolean } {
  if (locale !== 'ko') return { text: en, fallback: false };
  return ko ? { text: ko, fallback: false } : { text: en, fallback: true };
}
