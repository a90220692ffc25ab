import { getLocale, getTranslations } from 'next-intl/server';
import { CountryLink } from '@/components/links/country-link';
import { DetailSection } from '@/components/ui/detail-section';
import { ChallengeList, RecommendationList } from '@/components/ui/linked-records';
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';
import type { InstrumentDetail } from '@/lib/queries/instruments';

/** The recommendations, challenges and deals linked to an instrument. */
export async function InstrumentLinks({ instrument: i }: { instrument: InstrumentDetail }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentDetail');
  return (
    <>
      <DetailSection id="recommendations" title={t('recommendationsHeading')} empty={t('recommendationsNone')} isEmpty={!i.recommendations.length}>
        <RecommendationList items={i.recommendations} locale={locale} label={(number) => t('recommendationLabel', { number })} />
      </DetailSection>
      <DetailSection id="challenges" title={t('challengesHeading')} empty={t('challengesNone')} isEmpty={!i.challenges.length}>
        <ChallengeList items={i.challenges} locale={locale} label={(number) => t('challengeLabel', { number })} />
      </DetailSection>
      <DetailSection id="deals" title={t('dealsHeading')} empty={t('dealsNone')} isEmpty={!i.deals.length}>
        <ul className="space-y-1">
          {i.deals.map((d) => (
            <li key={d.slug}>
              <Link href={`/deals/${d.slug}`}>
                <LocalisedText locale={locale} en={d.title} ko={d.titleKo} />
              </Link>{' '}
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                (<CountryLink country={d.partnerCountry} locale={locale} />)
              </span>
            </li>
          ))}
        </ul>
        {i._count.deals > i.deals.length ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('dealsShown', { shown: i.deals.length, total: i._count.deals })}</p> : null}
      </DetailSection>
    </>
  );
}
