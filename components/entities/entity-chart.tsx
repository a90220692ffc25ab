import { getTranslations } from 'next-intl/server';
import { DealsByYearChart } from '@/components/overview/deals-by-year-chart';
import { DetailSection } from '@/components/ui/detail-section';
import type { DealsByYear } from '@/lib/queries/overview';

/** An organisation's or a country's deals per year by cooperation type: the overview's chart, of its deals only. */
export async function EntityChart({ data, locale }: { data: DealsByYear; locale: string }) {
  const t = await getTranslations('entities');
  return (
    <DetailSection id="chart" title={t('chartHeading')}>
      <DealsByYearChart data={data} locale={locale} />
    </DetailSection>
  );
}
