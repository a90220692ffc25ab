import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { SourceLink } from '@/components/ui/source-link';
import { formatMoney, formatPartial, localised } from '@/lib/format';
import { listDeals } from '@/lib/queries/deals';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/deals'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'deals' });
  return { title: t('title'), description: t('intro') };
}

export default async function DealsPage({ params }: PageProps<'/[locale]/deals'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('deals');
  const common = await getTranslations('common');
  const vocab = await getTranslations('vocab');
  const deals = await listDeals();

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-300 dark:border-zinc-700">
            <tr>
              {(['title', 'system', 'partner', 'firms', 'type', 'stage', 'value', 'date'] as const).map((c) => (
                <th key={c} scope="col" className="px-2 py-2 font-semibold">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {deals.map((d) => (
              <tr key={d.slug} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                <th scope="row" className="px-2 py-2 font-medium">
                  {localised(locale, d.title, d.titleKo).text}
                </th>
                <td className="px-2 py-2">{d.system}</td>
                <td className="px-2 py-2">{localised(locale, d.partnerCountry.name, d.partnerCountry.nameKo).text}</td>
                <td className="px-2 py-2">{d.organisations.map((o) => localised(locale, o.organisation.name, o.organisation.nameKo).text).join(', ')}</td>
                <td className="px-2 py-2">{vocab(`cooperationType.${d.cooperationType}`)}</td>
                <td className="px-2 py-2">{vocab(`dealStage.${d.stage}`)}</td>
                <td className="px-2 py-2 tabular-nums">
                  {d.valueAmount !== null && d.valueCurrency && d.valueSource ? (
                    <SourceLink slug={d.valueSource.slug} label={`${d.valueText} — ${common('source')}`}>
                      {formatMoney(d.valueAmount, d.valueCurrency, locale)}
                    </SourceLink>
                  ) : (
                    <span className="text-zinc-500">{common('noValue')}</span>
                  )}
                </td>
                <td className="px-2 py-2 whitespace-nowrap">
                  {d.date && d.datePrecision ? formatPartial(d.date, d.datePrecision, locale) : common('undated')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
