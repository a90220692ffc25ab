import { getLocale, getTranslations } from 'next-intl/server';
import { ClaimNote } from '@/components/basis/claim-note';
import { DetailSection } from '@/components/ui/detail-section';
import { LocalisedText } from '@/components/ui/localised-text';
import type { DealDetail } from '@/lib/queries/deal-detail';

/** The organisations of a deal, each with its role and, where known, its country. */
export async function DealOrganisations({ deal: d }: { deal: DealDetail }) {
  const locale = await getLocale();
  const t = await getTranslations('dealDetail');
  const vocab = await getTranslations('vocab');
  return (
    <DetailSection id="organisations" title={t('organisationsHeading')} empty={t('organisationsNone')} isEmpty={!d.organisations.length}>
      <ul className="space-y-1" data-testid="deal-organisations">
        {d.organisations.map(({ organisation: o, role }) => (
          <li key={o.slug}>
            <span className="font-medium">
              <LocalisedText locale={locale} en={o.name} ko={o.nameKo} />
            </span>{' '}
            — {vocab(`organisationRole.${role}`)}
            {o.country ? (
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                {' '}
                (<LocalisedText locale={locale} en={o.country.name} ko={o.country.nameKo} />)
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="mt-1">
        <ClaimNote claims={d.claims} field="organisations" cite={`deal:${d.slug}`} />
      </p>
    </DetailSection>
  );
}
