// The choropleth as SVG text: each country Ties counts is a link that narrows the view, coloured by
// its class; a membership layer outlines the members of the EU, NATO or IP4 as the database records them.
import { INSET, MAP_HEIGHT, MAP_WIDTH, countryShapes } from '@/lib/geo/shapes';
import { escapeXml } from '@/lib/xml';

/** Light to dark; each class darker than the last in either colour scheme. */
export const MAP_CLASSES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const MAP_ZERO = '#e4e4e7';
export const MAP_LAND = '#f4f4f5';
export const LAYER_STROKE = '#b45309';

export type MapCountry = { code: string; name: string; value: number; href: string | null; member: boolean };

/** Upper bounds of the classes for values up to `max`: at most five, whole numbers for counts. */
export function mapBins(max: number, whole: boolean): number[] {
  if (max <= 0) return [];
  const bounds = [1, 2, 3, 4, 5].map((k) => (whole ? Math.ceil((max * k) / 5) : (max * k) / 5));
  return [...new Set(bounds)];
}

export const binOf = (value: number, bins: readonly number[]) => bins.findIndex((b) => value <= b);

export type MapSvgOptions = {
  countries: ReadonlyMap<string, MapCountry>;
  bins: number[];
  /** Each country's accessible name, e.g. "Poland: 3 deals". */
  name(country: MapCountry): string;
  insetLabel: string;
  layer: boolean;
  standalone?: { title: string; source: string; legend: string };
};

export function mapSvg({ countries, bins, name, insetLabel, layer, standalone }: MapSvgOptions): string {
  const ink = standalone ? '#18181b' : 'currentColor';
  const shapes = countryShapes();
  const drawn = shapes.map((shape) => {
    const country = shape.code ? countries.get(shape.code) : undefined;
    const fill = !country ? MAP_LAND : country.value > 0 ? MAP_CLASSES[Math.max(0, binOf(country.value, bins))] : MAP_ZERO;
    const path = `<path d="${shape.d}" fill="${fill}" stroke="#71717a" stroke-width="0.5"/>`;
    if (!country || !country.href || country.value <= 0) return path;
    const label = escapeXml(name(country));
    return `<a href="${escapeXml(country.href)}" aria-label="${label}" data-country="${country.code}" data-value="${country.value}"><title>${label}</title>${path}</a>`;
  });
  // The inset is drawn over Europe's north-east corner, on a box of its own.
  const insetAt = shapes.findIndex((s) => s.frame === 'korea');
  const paper = standalone ? '#ffffff' : 'Canvas';
  const box = `<rect x="${INSET.x}" y="${INSET.y}" width="${INSET.width}" height="${INSET.height}" fill="${paper}" stroke="${ink}" stroke-opacity="0.5"/>`;
  // The inset's name goes on top of its land, on a strip of the page's own colour, so it reads in
  // either colour scheme (light land under light text was unreadable in dark mode).
  const insetName =
    `<rect x="${INSET.x + 0.5}" y="${INSET.y + 0.5}" width="${INSET.width - 1}" height="16" fill="${paper}"/>` +
    `<text x="${INSET.x + 6}" y="${INSET.y + 12}" font-size="11" fill="${ink}">${escapeXml(insetLabel)}</text>`;
  // Members' outlines go on top, in a pass of their own, so no neighbour drawn later covers them.
  const outline = (frame: 'europe' | 'korea') =>
    layer
      ? shapes
          .filter((s) => s.frame === frame && s.code && countries.get(s.code)?.member)
          .map((s) => `<path d="${s.d}" fill="none" stroke="${LAYER_STROKE}" stroke-width="2" pointer-events="none" data-member="${s.code}"/>`)
          .join('')
      : '';
  const body = [...drawn.slice(0, insetAt), outline('europe'), box, ...drawn.slice(insetAt), outline('korea'), insetName].join('');
  const extra = standalone ? 56 : 0;
  const head = standalone ? `<rect width="${MAP_WIDTH}" height="${MAP_HEIGHT + extra}" fill="#ffffff"/>` : '';
  const foot = standalone
    ? `<text x="8" y="${MAP_HEIGHT + 20}" font-size="14" font-weight="700" fill="${ink}">${escapeXml(standalone.title)}</text>` +
      `<text x="8" y="${MAP_HEIGHT + 36}" font-size="11" fill="${ink}">${escapeXml(standalone.legend)}</text>` +
      `<text x="8" y="${MAP_HEIGHT + 50}" font-size="11" fill="#52525b">${escapeXml(standalone.source)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT + extra}" width="${MAP_WIDTH}" height="${MAP_HEIGHT + extra}" font-family="system-ui, Pretendard, sans-serif">` +
    `<style>a:focus-visible path{stroke:${LAYER_STROKE};stroke-width:3}</style>` +
    head +
    body +
    foot +
    `</svg>`
  );
}
