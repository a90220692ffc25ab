import { getLocale, getTranslations } from 'next-intl/server';
import { DetailSection } from '@/components/ui/detail-section';
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
        <ul className="space-y-1">
          {i.recommendations.map((r) => (
            <li key={r.number}>
              <Link href={`/recommendations/${r.number}`}>
                {t('recommendationLabel', { number: r.number })}: <LocalisedText locale={locale} en={r.title} ko={r.titleKo} />
              </Link>
            </li>
          ))}
        </ul>
      </DetailSection>
      <DetailSection id="challenges" title={t('challengesHeading')} empty={t('challengesNone')} isEmpty={!i.challenges.length}>
        <ul className="space-y-2">
          {i.challenges.map((c) => (
            <li key={c.slug}>
              <p className="font-medium">
                {t('challengeLabel', { number: c.number })}: <LocalisedText locale={locale} en={c.title} ko={c.titleKo} />
              </p>
              <p className="text-sm text-zinc-700 dark:text-zinc-300">
                <LocalisedText locale={locale} en={c.summary} ko={c.summaryKo} />
              </p>
            </li>
          ))}
        </ul>
      </DetailSection>
      <DetailSection id="deals" title={t('dealsHeading')} empty={t('dealsNone')} isEmpty={!i.deals.length}>
        <ul className="space-y-1">
          {i.deals.map((d) => (
            <li key={d.slug}>
              <Link href={`/deals/${d.slug}`}>
                <LocalisedText locale={locale} en={d.title} ko={d.titleKo} />
              </Link>{' '}
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                (<LocalisedText locale={locale} en={d.partnerCountry.name} ko={d.partnerCountry.nameKo} />)
              </span>
            </li>
          ))}
        </ul>
      </DetailSection>
    </>
  );
}
