import { getLocale, getTranslations } from 'next-intl/server';
import { DetailSection } from '@/components/ui/detail-section';
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';
import type { DealDetail } from '@/lib/queries/deal-detail';

/** The instruments, recommendations and challenges linked to a deal. */
export async function DealLinks({ deal: d }: { deal: DealDetail }) {
  const locale = await getLocale();
  const t = await getTranslations('dealDetail');
  return (
    <>
      <DetailSection id="instruments" title={t('instrumentsHeading')} empty={t('instrumentsNone')} isEmpty={!d.instruments.length}>
        <ul className="space-y-1">
          {d.instruments.map((i) => (
            <li key={i.code}>
              <Link href={`/instruments/${i.code}`}>{i.acronym}</Link>{' '}
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                — <LocalisedText locale={locale} en={i.name} ko={i.nameKo} />
              </span>
            </li>
          ))}
        </ul>
      </DetailSection>
      <DetailSection id="recommendations" title={t('recommendationsHeading')} empty={t('recommendationsNone')} isEmpty={!d.recommendations.length}>
        <ul className="space-y-1">
          {d.recommendations.map((r) => (
            <li key={r.number}>
              <Link href={`/recommendations/${r.number}`}>
                {t('recommendationLabel', { number: r.number })}: <LocalisedText locale={locale} en={r.title} ko={r.titleKo} />
              </Link>
            </li>
          ))}
        </ul>
      </DetailSection>
      <DetailSection id="challenges" title={t('challengesHeading')} empty={t('challengesNone')} isEmpty={!d.challenges.length}>
        <ul className="space-y-2">
          {d.challenges.map((c) => (
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
    </>
  );
}
