import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { SourceLink } from '@/components/ui/source-link';
import { formatMoney, formatNumber, localised } from '@/lib/format';
import { getOverview } from '@/lib/queries/overview';

export const dynamic = 'force-dynamic';

const currencies = new Set(['USD', 'EUR', 'KRW', 'PLN', 'GBP']);

export default async function OverviewPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('overview');
  const common = await getTranslations('common');
  const { keyFigures, counts } = await getOverview();

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <section aria-labelledby="key-figures" className="space-y-3">
        <h2 id="key-figures">{t('keyFigures')}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {keyFigures.map((k) => (
            <li key={k.slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
              <p className="text-2xl font-semibold tabular-nums">
                {currencies.has(k.unit) ? formatMoney(k.value, k.unit, locale) : k.valueText}
              </p>
              <p className="mt-1 text-sm">{localised(locale, k.label, k.labelKo).text}</p>
              <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
                “{k.valueText}” ·{' '}
                <SourceLink slug={k.source.slug}>
                  {common('source')}
                  {k.source.footnotes[0] ? ` (${common('footnote', { number: k.source.footnotes[0].number })})` : ''}
                </SourceLink>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="counts" className="mt-8 space-y-2">
        <h2 id="counts">{t('counts')}</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>{t('countDeals', { count: counts.deals })}</li>
          <li>{t('countInstruments', { count: counts.instruments })}</li>
          <li>{t('countRecommendations', { count: counts.recommendations })}</li>
          <li>{t('countSources', { count: counts.sources })}</li>
        </ul>
        <p className="sr-only">{formatNumber(counts.deals, locale)}</p>
      </section>
    </>
  );
}
