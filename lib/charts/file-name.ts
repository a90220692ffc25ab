// A download's file name says which view it holds: ties-deals-poland-transfer-2026-12-02.csv.
import type { DealFilters } from '@/lib/filters/deals';

export const slugPart = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function countryWord(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `ties-deals-<the view's filters>-<part>-<day>` (no extension), at most about 100 characters. */
export function dealViewFileName(f: DealFilters, day: string, part?: string): string {
  const words = [
    f.q ?? '',
    ...f.country.map(countryWord),
    ...f.organisation,
    ...f.system,
    ...f.domain,
    ...f.type,
    ...f.stage,
    f.from !== undefined || f.to !== undefined ? `${f.from ?? ''}-${f.to ?? ''}` : '',
    f.localisation === 'yes' ? 'localisation' : f.localisation === 'no' ? 'no-localisation' : '',
    f.transfer === 'yes' ? 'transfer' : f.transfer === 'no' ? 'no-transfer' : '',
  ];
  const view = words.map(slugPart).filter(Boolean).join('-').slice(0, 70).replace(/-$/, '');
  return ['ties-deals', view, part ? slugPart(part) : '', day].filter(Boolean).join('-');
}
