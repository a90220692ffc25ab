import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DealValueCharts } from '@/components/overview/deal-value-charts';
import { DealsByYearChart } from '@/components/overview/deals-by-year-chart';
import { InstrumentAccessChart } from '@/components/overview/instrument-access-chart';
import { KeyFigures } from '@/components/overview/key-figures';
import { RecommendationStageChart } from '@/components/overview/recommendation-stage-chart';
import { RegisterCounts } from '@/components/overview/register-counts';
import { PageHeader } from '@/components/ui/page-header';
import {
  getDealsByYear,
  getDealValueByCountry,
  getInstrumentsByAccess,
  getOverview,
  getRecommendationsByStage,
} from '@/lib/queries/overview';
import { pageAlternates } from '@/lib/views/metadata';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  return { alternates: pageAlternates('/', (await params).locale) };
}

export default async function OverviewPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('overview');
  const charts = await getTranslations('charts');
  const [{ keyFigures, counts }, values, byYear, access, stages] = await Promise.all([
    getOverview(),
    getDealValueByCountry(),
    getDealsByYear(),
    getInstrumentsByAccess(),
    getRecommendationsByStage(),
  ]);

  return (
    <div className="space-y-10">
      <PageHeader title={t('title')} intro={t('intro')} />
      <KeyFigures keyFigures={keyFigures} locale={locale} />
      <RegisterCounts counts={counts} />
      <section aria-labelledby="charts" className="space-y-3">
        <h2 id="charts">{charts('heading')}</h2>
        <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300 print:text-black">{charts('intro')}</p>
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
          <DealValueCharts data={values} locale={locale} />
          <DealsByYearChart data={byYear} locale={locale} />
          <InstrumentAccessChart data={access} locale={locale} />
          <RecommendationStageChart data={stages} locale={locale} />
        </div>
      </section>
    </div>
  );
}
