import { getLocale, getTranslations } from 'next-intl/server';
import { ClaimNote } from '@/components/basis/claim-note';
import { DetailSection } from '@/components/ui/detail-section';
import { CountryLink } from '@/components/links/country-link';
import { OrganisationLink } from '@/components/links/organisation-link';
import type { DealDetail } from '@/lib/queries/deal-detail';
import { claimOn } from '@/lib/records/claims';

/** The organisations of a deal, each with its role and, where known, its country, each linked to its page. */
export async function DealOrganisations({ deal: d }: { deal: DealDetail }) {
  const locale = await getLocale();
  const t = await getTranslations('dealDetail');
  const vocab = await getTranslations('vocab');
  return (
    <DetailSection id="organisations" title={t('organisationsHeading')} empty={t('organisationsNone')} isEmpty={!d.organisations.length}>
      <ul className="space-y-1" data-testid="deal-organisations">
        {d.organisations.map(({ organisation: o, role }) => (
          <li key={o.slug}>
            <OrganisationLink organisation={o} locale={locale} className="font-medium" />{' '}
            — {vocab(`organisationRole.${role}`)}
            {o.country ? (
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                {' '}
                (<CountryLink country={o.country} locale={locale} />)
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {claimOn(d.claims, 'organisations') ? (
        <p className="mt-1">
          <ClaimNote claims={d.claims} field="organisations" cite={`deal:${d.slug}`} />
        </p>
      ) : null}
    </DetailSection>
  );
}
