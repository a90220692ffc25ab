// A chart or the map of a /deals view as a file of its own: SVG (with its title and source written
// in), PNG (that SVG rasterised on the server, with Pretendard from npm, nothing fetched) or CSV.
import path from 'node:path';
import { createRequire } from 'node:module';
import type { DealFilters } from '@/lib/filters/deals';
import { translatorFor } from '@/lib/i18n/translator';
import type { ViewCitation } from '@/lib/views/citation';
import { barChartSvg } from './bar-svg';
import { chartCsv, mapCsv } from './csv';
import { dealCharts } from './deal-charts';
import { dealMap } from './deal-map';
import { mapLegendText } from './map-words';
import { mapSvg } from './map-svg';
import { barNamer } from './words';

export const chartFormats = ['svg', 'png', 'csv'] as const;
export type ChartFormat = (typeof chartFormats)[number];

const FONT_DIR = path.join(process.cwd(), 'node_modules', 'pretendard', 'dist', 'public', 'static');

type Resvg = typeof import('@resvg/resvg-js');
let resvg: Resvg | undefined;
/** The native renderer, loaded at run time from node_modules rather than bundled (it is a .node addon). */
function renderer(): Resvg {
  resvg ??= createRequire(path.join(process.cwd(), 'package.json'))('@resvg/resvg-js') as Resvg;
  return resvg;
}

export function svgToPng(svg: string): Buffer {
  const { Resvg } = renderer();
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: [path.join(FONT_DIR, 'Pretendard-Regular.otf'), path.join(FONT_DIR, 'Pretendard-Bold.otf')],
      defaultFontFamily: 'Pretendard',
      sansSerifFamily: 'Pretendard',
    },
  });
  return image.render().asPng();
}

export function sourceLine(cite: ViewCitation, locale: string): string {
  return translatorFor(locale, 'dealCharts')('source', { url: cite.url, view: cite.description.line, retrieved: cite.retrieved });
}

/** The file of one chart (`country`, `year`, `type`, `value-EUR`) or of the map, or null if the view has no such chart. */
export async function chartFile(view: DealFilters, id: string, format: ChartFormat, locale: string, cite: ViewCitation) {
  const charts = await dealCharts(view, locale);
  const map = id === 'map' ? await dealMap(view, charts, locale, view.layer) : null;
  const chart = map ? map.chart : charts.charts.find((c) => c.id === id);
  if (!chart) return null;
  if (format === 'csv') return { body: map ? mapCsv(chart, map.memberships) : chartCsv(chart), type: 'text/csv; charset=utf-8' };
  const t = translatorFor(locale, 'dealCharts');
  const source = sourceLine(cite, locale);
  const name = barNamer(chart, locale);
  const svg = map
    ? mapSvg({
        countries: map.countries,
        bins: map.bins,
        name: (c) => name(c.name, c.value),
        insetLabel: t('inset'),
        layer: Boolean(view.layer),
        standalone: { title: t('mapHeading', { title: chart.title }), source, legend: mapLegendText(map, locale, view.layer) },
      })
    : barChartSvg(chart, { locale, name, standalone: { title: chart.title, source } });
  if (format === 'svg') return { body: svg, type: 'image/svg+xml; charset=utf-8' };
  return { body: new Uint8Array(svgToPng(svg)), type: 'image/png' };
}
