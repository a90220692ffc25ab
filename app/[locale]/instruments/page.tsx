import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { SourceLink } from '@/components/ui/source-link';
import { formatMoney, localised } from '@/lib/format';
import { listInstruments } from '@/lib/queries/instruments';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/instruments'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'instruments' });
  return { title: t('title'), description: t('intro') };
}

export default async function InstrumentsPage({ params }: PageProps<'/[locale]/instruments'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('instruments');
  const vocab = await getTranslations('vocab');
  const instruments = await listInstruments();

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-300 dark:border-zinc-700">
            <tr>
              {(['name', 'owner', 'kind', 'budget', 'access'] as const).map((c) => (
                <th key={c} scope="col" className="px-2 py-2 font-semibold">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {instruments.map((i) => (
              <tr key={i.code} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                <th scope="row" className="px-2 py-2 font-medium">
                  {i.acronym} <span className="font-normal text-zinc-600 dark:text-zinc-400">— {localised(locale, i.name, i.nameKo).text}</span>
                </th>
                <td className="px-2 py-2">{vocab(`owner.${i.owner}`)}</td>
                <td className="px-2 py-2">{vocab(`instrumentKind.${i.kind}`)}</td>
                <td className="px-2 py-2 tabular-nums">
                  {i.budgetAmount !== null && i.budgetCurrency && i.budgetSource ? (
                    <SourceLink slug={i.budgetSource.slug}>{formatMoney(i.budgetAmount, i.budgetCurrency, locale)}</SourceLink>
                  ) : (
                    '—'
                  )}
                  {i.periodEnd ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{i.periodStart ? `${i.periodStart}–` : '→ '}{i.periodEnd}</span> : null}
                </td>
                <td className="px-2 py-2">
                  <span className="font-medium">{vocab(`accessLevel.${i.accessLevel}`)}</span>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">{vocab(`accessLevelDefinition.${i.accessLevel}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
