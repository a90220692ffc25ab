import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { CountryLink } from '@/components/links/country-link';
import { OrganisationLinks } from '@/components/links/organisation-link';
import { LocalisedText } from '@/components/ui/localised-text';
import { SourceLink } from '@/components/ui/source-link';
import { Link } from '@/lib/i18n/navigation';
import { formatMoney, formatPartial } from '@/lib/format';
import type { DealRow } from '@/lib/queries/deals';

/** The deals list's columns, in order, and what each sorts by. */
export const dealListColumns = [
  { key: 'title', sort: 'title' },
  { key: 'system', sort: 'system' },
  { key: 'partner', sort: 'partner' },
  { key: 'firms', sort: null },
  { key: 'type', sort: 'type' },
  { key: 'stage', sort: 'stage' },
  { key: 'value', sort: 'value' },
  { key: 'date', sort: 'date' },
] as const;
export type DealListColumn = (typeof dealListColumns)[number]['key'];

/**
 * What one deal shows in each column: the same words in the table and in the cards of a narrow screen.
 * `from` (`?from=…`) lets the deal's page lead back to this very view.
 */
export async function dealCells(d: DealRow, locale: string, from = ''): Promise<Record<DealListColumn, ReactNode>> {
  const common = await getTranslations('common');
  const vocab = await getTranslations('vocab');
  const amount = d.valueAmount !== null && d.valueCurrency ? formatMoney(d.valueAmount, d.valueCurrency, locale) : null;
  return {
    title: (
      <Link href={`/deals/${d.slug}${from}`}>
        <LocalisedText locale={locale} en={d.title} ko={d.titleKo} />
      </Link>
    ),
    system: d.system,
    partner: <CountryLink country={d.partnerCountry} locale={locale} />,
    firms: <OrganisationLinks organisations={d.organisations.map((o) => o.organisation)} locale={locale} />,
    type: vocab(`cooperationType.${d.cooperationType}`),
    stage: d.stage ? vocab(`dealStage.${d.stage}`) : vocab('dealStage.empty'),
    value:
      amount && d.valueSource ? (
        <SourceLink slug={d.valueSource.slug} label={`${amount} (${d.valueText}) — ${common('source')}`}>
          {amount}
        </SourceLink>
      ) : (
        <span className="text-zinc-600 dark:text-zinc-400">{common('noValue')}</span>
      ),
    date: d.date && d.datePrecision ? formatPartial(d.date, d.datePrecision, locale) : common('undated'),
  };
}
