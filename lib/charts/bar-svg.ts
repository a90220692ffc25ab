// A bar chart as SVG text, one bar per line (long names stay readable on a phone), each bar a link
// that narrows the view. The page inlines this text and the download serves it, so both are the same.
import { formatMoney, formatNumber } from '@/lib/format';
import { escapeXml } from '@/lib/xml';
import type { Chart } from './model';

export const BAR_WIDTH = 560;
const ROW = 30;
const LABEL = 170;
const VALUE_ROOM = 78;
const FONT = "system-ui, 'Pretendard', 'Noto Sans CJK KR', sans-serif";
export const BAR_COLOR = '#0072B2';

export type SvgOptions = {
  locale: string;
  /** A file of its own: dark text on white, with its title and source line written in. */
  standalone?: { title: string; source: string };
  /** Each bar's accessible name, e.g. "Poland: 3 deals". */
  name(label: string, value: number): string;
};

/** A number as the chart writes it: a count, or money in its own currency. */
export function chartValueText(chart: Chart, value: number, locale: string): string {
  return chart.unit.kind === 'money' ? formatMoney(value, chart.unit.currency, locale) : formatNumber(value, locale);
}

const clipLabel = (text: string, max = 24) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The chart's height in SVG units for `bars` bars (and a title and source line when standalone). */
export function barChartHeight(bars: number, standalone: boolean): number {
  return bars * ROW + 8 + (standalone ? 64 : 0);
}

export function barChartSvg(chart: Chart, { locale, standalone, name }: SvgOptions): string {
  const top = standalone ? 40 : 4;
  const height = barChartHeight(chart.bars.length, Boolean(standalone));
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const scale = (BAR_WIDTH - LABEL - VALUE_ROOM) / max;
  const ink = standalone ? '#18181b' : 'currentColor';
  const rows = chart.bars.map((bar, i) => {
    const y = top + i * ROW;
    const width = Math.max(1, bar.value * scale);
    const value = chartValueText(chart, bar.value, locale);
    // The link holds only the bar and its row's hit area, named in full ("Poland: 3 deals"); the
    // texts beside it are its visible words, which the pointer passes through to the link.
    return (
      `<a href="${escapeXml(bar.href)}" aria-label="${escapeXml(name(bar.label, bar.value))}" data-bar-key="${escapeXml(bar.key)}" data-bar-value="${bar.value}">` +
      `<rect x="0" y="${y}" width="${BAR_WIDTH}" height="${ROW}" fill="transparent"/>` +
      `<rect x="${LABEL}" y="${y + 5}" width="${width.toFixed(1)}" height="${ROW - 10}" rx="2" fill="${BAR_COLOR}"/>` +
      `</a>` +
      `<g aria-hidden="true" pointer-events="none" fill="${ink}">` +
      `<text x="${LABEL - 8}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="central">${escapeXml(clipLabel(bar.label))}</text>` +
      `<text x="${(LABEL + width + 6).toFixed(1)}" y="${y + ROW / 2}" dominant-baseline="central">${escapeXml(value)}</text>` +
      `</g>`
    );
  });
  const head = standalone
    ? `<rect width="${BAR_WIDTH}" height="${height}" fill="#ffffff"/><text x="8" y="24" font-size="16" font-weight="700" fill="${ink}">${escapeXml(standalone.title)}</text>`
    : '';
  const foot = standalone ? `<text x="8" y="${height - 12}" font-size="11" fill="#52525b">${escapeXml(clipLabel(standalone.source, 110))}</text>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${BAR_WIDTH} ${height}" width="${BAR_WIDTH}" height="${height}" font-family="${escapeXml(FONT)}" font-size="13">` +
    head +
    `<line x1="${LABEL}" x2="${LABEL}" y1="${top}" y2="${top + chart.bars.length * ROW}" stroke="${ink}" stroke-opacity="0.4"/>` +
    rows.join('') +
    foot +
    `</svg>`
  );
}
