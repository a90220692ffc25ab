import { getTranslations } from 'next-intl/server';
import { ClaimNote } from '@/components/basis/claim-note';
import { DetailSection } from '@/components/ui/detail-section';
import type { StoredClaim } from '@/lib/records/claims';

type Memberships = { code: string; eu: boolean; nato: boolean; ip4: boolean; claims: readonly StoredClaim[] };

/**
 * The memberships the country register records, with what they rest on. A membership that is not
 * recorded is not said to be absent: the page lists only what is recorded.
 */
export async function CountryMemberships({ country, name }: { country: Memberships; name: string }) {
  const t = await getTranslations('entities');
  const recorded = (['eu', 'nato', 'ip4'] as const).filter((m) => country[m]);
  return (
    <DetailSection id="memberships" title={t('membershipsHeading')}>
      {recorded.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5" data-testid="memberships">
          {recorded.map((m) => (
            <li key={m} data-membership={m}>
              {t(`membership.${m}`)}
              <ClaimNote claims={country.claims} field={m} cite={`country:${country.code.toLowerCase()}`} />
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="memberships">{t('membershipsNone', { name })}</p>
      )}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('membershipsBasis')}</p>
    </DetailSection>
  );
}
