// How a file's size reads: "12.3 MB", "1.2 kB", in the reader's language (decimal units, as download sizes are usually given).
const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** Where a release's file downloads from. */
export const releaseFileHref = (version: string, name: string) => `/api/releases/${encodeURIComponent(version)}/${encodeURIComponent(name)}`;
