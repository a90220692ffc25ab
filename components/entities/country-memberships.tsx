import { getTranslations } from 'next-intl/server';
import { DetailSection } from '@/components/ui/detail-section';

type Memberships = { eu: boolean; nato: boolean; ip4: boolean };

/**
 * The memberships the country register records, with what they rest on. A membership that is not
 * recorded is not said to be absent: the page lists only what is recorded.
 */
export async function CountryMemberships({ country, name }: { country: Memberships; name: string }) {
  const t = await getTranslations('entities');
  const recorded = [country.eu ? t('membership.eu') : null, country.nato ? t('membership.nato') : null, country.ip4 ? t('membership.ip4') : null].filter(
    (m): m is string => m !== null,
  );
  return (
    <DetailSection id="memberships" title={t('membershipsHeading')}>
      {recorded.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5" data-testid="memberships">
          {recorded.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : (
        <p data-testid="memberships">{t('membershipsNone', { name })}</p>
      )}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('membershipsBasis')}</p>
    </DetailSection>
  );
}
