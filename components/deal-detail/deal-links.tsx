import { getLocale, getTranslations } from 'next-intl/server';
import { ClaimNote } from '@/components/basis/claim-note';
import { DetailSection } from '@/components/ui/detail-section';
import { ChallengeList, RecommendationList } from '@/components/ui/linked-records';
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';
import type { DealDetail } from '@/lib/queries/deal-detail';

/** The instruments, recommendations and challenges linked to a deal. */
export async function DealLinks({ deal: d }: { deal: DealDetail }) {
  const locale = await getLocale();
  const t = await getTranslations('dealDetail');
  const basis = (field: string) => <ClaimNote claims={d.claims} field={field} cite={`deal:${d.slug}`} />;
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
              {basis(`instruments:${i.code}`)}
            </li>
          ))}
        </ul>
      </DetailSection>
      <DetailSection id="recommendations" title={t('recommendationsHeading')} empty={t('recommendationsNone')} isEmpty={!d.recommendations.length}>
        <RecommendationList items={d.recommendations} locale={locale} label={(number) => t('recommendationLabel', { number })} basis={(number) => basis(`recommendations:${number}`)} />
      </DetailSection>
      <DetailSection id="challenges" title={t('challengesHeading')} empty={t('challengesNone')} isEmpty={!d.challenges.length}>
        <ChallengeList items={d.challenges} locale={locale} label={(number) => t('challengeLabel', { number })} basis={(slug) => basis(`challenges:${slug}`)} />
      </DetailSection>
    </>
  );
}
