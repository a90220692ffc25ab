import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { setRequestLocale } from 'next-intl/server';
import { DealsByYearChart } from '@/components/overview/deals-by-year-chart';
import { EmbedCredit } from '@/components/views/embed-credit';
import { dealWhere } from '@/lib/lists/deal-facets';
import { getDealsByYear } from '@/lib/queries/overview';
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

/** /embed/deals?<the /deals view>: that view's deals per year and type, for an iframe. */
export default async function EmbedDeals({ params, searchParams }: PageProps<'/[locale]/embed/deals'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, query } = readView('deals', await searchParams);
  const [data, cite] = await Promise.all([
    getDealsByYear(undefined, dealWhere(filters)),
    citeView('deals', filters, query, locale, publicOrigin(await headers())),
  ]);
  return (
    <>
      <DealsByYearChart data={data} locale={locale} />
      <EmbedCredit cite={cite} />
    </>
  );
}
