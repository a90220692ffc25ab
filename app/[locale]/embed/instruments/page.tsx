import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { InstrumentPeriod } from '@/components/instruments/instrument-budget';
import { EmbedCredit } from '@/components/views/embed-credit';
import { formatMoney, localised } from '@/lib/format';
import { readView } from '@/lib/lists';
import { listInstruments } from '@/lib/queries/instruments';
import { localisedPath, publicOrigin } from '@/lib/url';
import { citeView } from '@/lib/views/citation';
import { describeView } from '@/lib/views/describe';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/embed/instruments'>): Promise<Metadata> {
  const { locale } = await params;
  const { filters } = readView('instruments', await searchParams);
  return { title: (await describeView('instruments', filters, locale)).line, robots: { index: false } };
}

/**
 * /embed/instruments?<the /instruments view>: the instruments of that view with what South Korea can
 * do in each, for an iframe. Links open the full page outside the frame (the site refuses framing).
 */
export default async function EmbedInstruments({ params, searchParams }: PageProps<'/[locale]/embed/instruments'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, query } = readView('instruments', await searchParams);
  const origin = publicOrigin(await headers());
  const t = await getTranslations('instrumentsPage');
  const vocab = await getTranslations('vocab');
  const [rows, cite] = await Promise.all([listInstruments(filters), citeView('instruments', filters, query, locale, origin)]);
  return (
    <>
      <h1 className="sr-only">{cite.description.line}</h1>
      <table className="w-full text-sm" data-testid="embed-instruments">
        <caption className="mb-2 text-left font-semibold">{cite.description.line}</caption>
        <thead>
          <tr className="border-b border-zinc-300 text-left dark:border-zinc-700">
            <th scope="col" className="py-1 pr-2">{t('columns.name')}</th>
            <th scope="col" className="py-1 pr-2">{t('columns.owner')}</th>
            <th scope="col" className="py-1 pr-2">{t('columns.budget')}</th>
            <th scope="col" className="py-1">{t('columns.access')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.code} data-code={i.code} className="border-b border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="py-1 pr-2 font-medium">
                <a href={`${origin}${localisedPath(`/instruments/${i.code}`, locale)}`} target="_top">
                  {i.acronym}
                </a>
                <span className="block text-xs font-normal">{localised(locale, i.name, i.nameKo).text}</span>
              </th>
              <td className="py-1 pr-2">{vocab(`owner.${i.owner}`)}</td>
              <td className="py-1 pr-2 tabular-nums">
                {i.budgetAmount !== null && i.budgetCurrency ? formatMoney(i.budgetAmount, i.budgetCurrency, locale) : t('noBudget')}
                <span className="block text-xs">
                  <InstrumentPeriod start={i.periodStart} end={i.periodEnd} />
                </span>
              </td>
              <td className="py-1">{vocab(`accessLevel.${i.accessLevel}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <EmbedCredit cite={cite} />
    </>
  );
}
