import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { CountryLink } from '@/components/links/country-link';
import { OrganisationLinks } from '@/components/links/organisation-link';
import { LocalisedText } from '@/components/ui/localised-text';
import { SourceLink } from '@/components/ui/source-link';
import { Link } from '@/lib/i18n/navigation';
import { formatMoney, formatPartial } from '@/lib/format';
import type { DealRow } from '@/lib/queries/deals';
import type { StoredClaim } from '@/lib/records/claims';
import { claimOn } from '@/lib/records/claims';
import { ClaimNote } from '@/components/basis/claim-note';

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

/** The value each column shows that a reader could cite, by the claim it rests on. */
const claimed: Partial<Record<DealListColumn, string>> = { partner: 'partnerCountry', firms: 'organisations', stage: 'stage', value: 'value', date: 'date' };

export type CellBasis = {
  claims: readonly StoredClaim[];
  /** `basis=stated`: a value its sources do not state is withheld, and says so. */
  statedOnly: boolean;
  /** Tells the table's and the cards' notes apart (each value is shown twice on the page). */
  idSuffix: string;
};

/** The same cells with what each citable value rests on beside it, or withheld where it is not stated. */
export async function withBasis(plain: Record<DealListColumn, ReactNode>, d: DealRow, basis: CellBasis): Promise<Record<DealListColumn, ReactNode>> {
  const t = await getTranslations('deals');
  const cells = { ...plain };
  for (const [column, field] of Object.entries(claimed) as Array<[DealListColumn, string]>) {
    const claim = claimOn(basis.claims, field);
    if (basis.statedOnly && claim?.basis !== 'stated') {
      cells[column] = (
        <span className="text-zinc-600 italic dark:text-zinc-400" data-withheld={field}>
          {t('statedOnly.withheld')}
        </span>
      );
    } else if (claim) {
      cells[column] = (
        <>
          {cells[column]}
          <ClaimNote claims={basis.claims} field={field} cite={`deal:${d.slug}`} unstatedOnly idSuffix={basis.idSuffix} />
        </>
      );
    }
  }
  return cells;
}

/**
 * What one deal shows in each column: the same words in the table and in the cards of a narrow screen.
 * `from` (`?from=…`) lets the deal's page lead back to this very view. `withBasis` adds, beside each
 * value, a mark when it is inferred or from elsewhere (components/basis/claim-note.tsx).
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
    system: <LocalisedText locale={locale} en={d.system} ko={d.systemKo} />,
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
