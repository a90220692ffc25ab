import type { Chart } from '@/lib/charts/model';
import { chartValueText } from '@/lib/charts/bar-svg';

export type ExtraColumn = { name: string; cell(key: string): string };

/** The numbers a chart draws, one row per bar in the order drawn, each naming the link it narrows to. */
export function ChartTable({ chart, caption, keyName, valueName, locale, extra = [] }: { chart: Chart; caption: string; keyName: string; valueName: string; locale: string; extra?: ExtraColumn[] }) {
  const cell = 'px-2 py-1';
  return (
    <table className="w-full border-collapse" data-chart-table={chart.id}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${cell} text-left font-medium`}>
            {keyName}
          </th>
          <th scope="col" className={`${cell} text-right font-medium`}>
            {valueName}
          </th>
          {extra.map((c) => (
            <th key={c.name} scope="col" className={`${cell} text-left font-medium`}>
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chart.bars.map((bar) => (
          <tr key={bar.key} className="border-t border-zinc-200 dark:border-zinc-800" data-row-key={bar.key} data-row-value={bar.value}>
            <th scope="row" className={`${cell} text-left font-medium`}>
              <a href={bar.href}>{bar.label}</a>
            </th>
            <td className={`${cell} text-right tabular-nums`}>{chartValueText(chart, bar.value, locale)}</td>
            {extra.map((c) => (
              <td key={c.name} className={cell}>
                {c.cell(bar.key)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
