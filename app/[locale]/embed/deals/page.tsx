import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { setRequestLocale } from 'next-intl/server';
import { DealChartsView } from '@/components/charts/deal-charts-view';
import { DealMapView } from '@/components/charts/deal-map-view';
import { EmbedCredit } from '@/components/views/embed-credit';
import { dealCharts } from '@/lib/charts/deal-charts';
import { dealMap } from '@/lib/charts/deal-map';
import { sourceLine } from '@/lib/charts/files';
import { embeddedChart, embeddedHref } from '@/lib/charts/hrefs';
import type { DealFilters } from '@/lib/filters/deals';
import { publicOrigin } from '@/lib/url';
import { citeView } from '@/lib/views/citation';
import { describeView } from '@/lib/views/describe';
import { readView } from '@/lib/lists';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/embed/deals'>): Promise<Metadata> {
  const { locale } = await params;
  const { filters } = readView('deals', await searchParams);
  return { title: (await describeView('deals', filters, locale)).line, robots: { index: false } };
}

/** /embed/deals?<the /deals view>: that view's charts (or, with view=map, its map), for an iframe. */
export default async function EmbedDeals({ params, searchParams }: PageProps<'/[locale]/embed/deals'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, query } = readView('deals', await searchParams);
  const f = filters as DealFilters;
  const [data, cite] = await Promise.all([dealCharts(f, locale), citeView('deals', filters, query, locale, publicOrigin(await headers()))]);
  const source = sourceLine(cite, locale);
  // Links narrow the embedded view itself: the site's own pages refuse to be framed.
  const charts = { ...data, charts: data.charts.map(embeddedChart) };
  if (f.view === 'map') {
    const map = await dealMap(f, data, locale, f.layer);
    const countries = new Map([...map.countries].map(([code, c]) => [code, { ...c, href: c.href ? embeddedHref(c.href) : null }]));
    return (
      <>
        <DealMapView map={{ ...map, countries, chart: embeddedChart(map.chart) }} filters={f} query={query} locale={locale} source={source} basePath="/embed/deals" />
        <EmbedCredit cite={cite} />
      </>
    );
  }
  return (
    <>
      <DealChartsView data={charts} query={query} locale={locale} source={source} />
      <EmbedCredit cite={cite} />
    </>
  );
}
