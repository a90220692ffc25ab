// A chart's CSV: exactly its bars, in the order drawn, through the project's formula-safe writer.
import { toCsv } from '@/lib/export/csv';
import type { Chart } from './model';

export function chartCsv(chart: Chart): string {
  const header = [chart.keyColumn, 'label', chart.unit.kind === 'money' ? 'stated_value' : 'deals', ...(chart.unit.kind === 'money' ? ['currency'] : [])];
  const currency = chart.unit.kind === 'money' ? [chart.unit.currency] : [];
  return toCsv(header, chart.bars.map((bar) => [bar.key, bar.label, bar.value, ...currency]));
}

/** The map's CSV: each country coloured, its number, and the memberships the database records. */
export function mapCsv(chart: Chart, memberships: ReadonlyMap<string, { eu: boolean; nato: boolean; ip4: boolean }>): string {
  const money = chart.unit.kind === 'money' ? chart.unit.currency : null;
  const header = ['country', 'label', money ? 'stated_value' : 'deals', ...(money ? ['currency'] : []), 'eu', 'nato', 'ip4'];
  return toCsv(
    header,
    chart.bars.map((bar) => {
      const m = memberships.get(bar.key);
      return [bar.key, bar.label, bar.value, ...(money ? [money] : []), m?.eu ?? null, m?.nato ?? null, m?.ip4 ?? null];
    }),
  );
}
