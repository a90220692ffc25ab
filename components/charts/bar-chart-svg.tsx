// The one place recharts is used, drawn by ./bar-chart.tsx (a client component) once the chart is
// on screen. It takes plain, already translated data, so no query or message logic reaches the browser.
import { Bar, CartesianGrid, BarChart as RechartsBarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatNumber } from '@/lib/format';

export type ChartSeries = { key: string; label: string; color: string };
export type ChartDatum = { category: string } & Record<string, string | number>;

export type BarChartProps = {
  data: ChartDatum[];
  series: ChartSeries[];
  /** `columns`: categories along the bottom (years); `rows`: one bar per line, for long labels. */
  orientation: 'columns' | 'rows';
  stacked?: boolean;
  /** The chart's name for assistive technology; the figure caption, by id, describes the numbers. */
  label: string;
  describedBy: string;
  locale: string;
  /** Set when the values are amounts of money, all in this one currency. */
  currency?: string;
  /** Room for the category labels in `rows` orientation, in pixels. */
  categoryWidth?: number;
};

// Axis text and grid follow the text colour (currentColor), so they suit the light and dark
// schemes and print in black; the tooltip uses the system colours of the current scheme.
const tick = { fill: 'currentColor', fontSize: 12 };
const tooltipBox = { backgroundColor: 'Canvas', color: 'CanvasText', border: '1px solid GrayText', borderRadius: 6 };

export function BarChartSvg({ data, series, orientation, stacked, label, describedBy, locale, currency, categoryWidth = 140 }: BarChartProps) {
  const format = (value: number) => (currency ? formatMoney(value, currency, locale) : formatNumber(value, locale));
  const valueAxis = { type: 'number' as const, tick, tickFormatter: format, allowDecimals: false, stroke: 'currentColor' };
  const categoryAxis = { type: 'category' as const, dataKey: 'category', tick, stroke: 'currentColor', interval: 0 as const };
  const rows = orientation === 'rows';

  return (
    <RechartsBarChart
      data={data}
      layout={rows ? 'vertical' : 'horizontal'}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
      // An image described by its caption: the table beside it is the accessible, keyboard-free view.
      accessibilityLayer={false}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
    >
      <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={rows} horizontal={!rows} />
      {rows ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} />}
      {rows ? <YAxis {...categoryAxis} width={categoryWidth} /> : <YAxis {...valueAxis} width={currency ? 72 : 40} />}
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? format(value) : value)}
        contentStyle={tooltipBox}
        itemStyle={{ color: 'CanvasText' }}
        cursor={{ fill: 'currentColor', fillOpacity: 0.08 }}
      />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={s.color}
          stackId={stacked ? 'stack' : undefined}
          // Hairline gaps in the page colour keep stacked segments apart in either scheme.
          stroke="Canvas"
          strokeWidth={stacked ? 1 : 0}
          maxBarSize={rows ? 28 : 56}
          // Drawn at once: nothing moves, and a printed page never catches a bar half-grown.
          isAnimationActive={false}
        />
      ))}
    </RechartsBarChart>
  );
}
