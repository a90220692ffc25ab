import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { chartFileHref } from '@/lib/charts/hrefs';

type SvgFigureProps = {
  /** The chart's id: `country`, `year`, `type`, `value-EUR`, `map`. */
  id: string;
  title: string;
  /** Heading level: charts are h3 under the view's heading, the map is h2. */
  level?: 2 | 3;
  /** SVG text drawn on the server (lib/charts), every text in it escaped there. */
  svg: string;
  /** Largest width the SVG is shown at, in pixels (it shrinks with the screen). */
  maxWidth: number;
  /** The text alternative: every number drawn, in words. */
  summary: string;
  notes?: ReactNode;
  source: string;
  query: string;
  locale: string;
  /** The numbers drawn, as a table. */
  table: ReactNode;
  controls?: ReactNode;
};

/**
 * A chart or map as an analyst takes it away: the picture (each bar or country a link), what it
 * says in words, its source line, its downloads and its table. No JavaScript.
 */
export async function SvgFigure({ id, title, level = 3, svg, maxWidth, summary, notes, source, query, locale, table, controls }: SvgFigureProps) {
  const t = await getTranslations('dealCharts');
  const Heading = `h${level}` as const;
  const headingId = `chart-${id}-title`;
  return (
    <figure id={`chart-${id}`} aria-labelledby={headingId} className="min-w-0 break-inside-avoid space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800 print:border-zinc-400" data-chart-id={id}>
      <Heading id={headingId} className="text-base font-semibold">
        {title}
      </Heading>
      {controls}
      <div
        role="group"
        aria-labelledby={headingId}
        aria-describedby={`chart-${id}-summary`}
        data-chart-svg={id}
        style={{ maxWidth }}
        className="text-zinc-800 dark:text-zinc-200 print:text-black print:[print-color-adjust:exact] [&>svg]:h-auto [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      {notes}
      <figcaption className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300 print:text-black">
        <span id={`chart-${id}-summary`} className="block">
          {summary}
        </span>
        <span className="block text-xs" data-testid="chart-source">
          {source}
        </span>
      </figcaption>
      <p className="no-print flex flex-wrap gap-x-3 text-sm">
        <span>{t('downloads')}:</span>
        {(['svg', 'png', 'csv'] as const).map((format) => (
          <a key={format} href={chartFileHref(id, query, format, locale)} download aria-label={t('downloadLabel', { title, format: format.toUpperCase() })} data-download={format}>
            {format.toUpperCase()}
          </a>
        ))}
      </p>
      <details className="text-sm print:details-content:[content-visibility:visible]">
        <summary className="cursor-pointer text-blue-800 dark:text-blue-300 print:hidden">{t('showTable')}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
