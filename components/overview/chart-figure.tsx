import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

export type LegendItem = { label: string; color: string };

/** The id of a chart's caption, which its svg names in aria-describedby. */
export const captionId = (id: string) => `${id}-caption`;

/** Height of a chart with one bar per line: room for each line, plus the value axis. */
export function rowsChartHeight(lines: number): number {
  return Math.max(120, lines * 36 + 48);
}

type ChartFigureProps = {
  id: string;
  title: string;
  /** Reserved on the server, so the page does not move when the chart draws in the browser. */
  height: number;
  chart: ReactNode;
  /** The text alternative: one or two sentences with the chart's numbers. */
  caption: ReactNode;
  legend?: LegendItem[];
  /** The same numbers as a table, readable without JavaScript and printed with the page. */
  table: ReactNode;
};

export async function ChartFigure({ id, title, height, chart, caption, legend, table }: ChartFigureProps) {
  const t = await getTranslations('charts');
  return (
    <figure id={id} className="break-inside-avoid space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800 print:border-zinc-400">
      <h3 className="font-semibold">{title}</h3>
      {legend && legend.length > 1 ? (
        // Visual key only: the caption and the table name every series in words.
        <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300 print:text-black">
          {legend.map((item) => (
            <li key={item.label} className="flex items-center gap-1.5">
              <span className="inline-block size-3 rounded-sm print:[print-color-adjust:exact]" style={{ backgroundColor: item.color }} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      {/* A chart not yet drawn (never scrolled near) leaves the printout instead of an empty box. */}
      <div style={{ height }} className="text-zinc-700 dark:text-zinc-300 print:text-black print:[print-color-adjust:exact] print:has-[[data-chart=pending]]:hidden">
        {chart}
      </div>
      <figcaption id={captionId(id)} className="text-sm text-zinc-700 dark:text-zinc-300 print:text-black">
        {caption}
      </figcaption>
      {/* Closed on screen; opened for print by its ::details-content, so the table is on paper too. */}
      <details className="text-sm print:details-content:[content-visibility:visible]">
        <summary className="cursor-pointer text-blue-800 dark:text-blue-300 print:hidden">{t('showTable')}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
