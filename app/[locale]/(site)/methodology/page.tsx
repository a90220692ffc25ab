import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { formatIsoPartial } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { countedLists, instrumentsByOwner, methodologyFacts, registerCounts } from '@/lib/queries/methodology';
import { claimBases } from '@/lib/records/claims';
import { dealStages } from '@/lib/schemas/deal';
import { accessLevels } from '@/lib/schemas/instrument';
import { closingStages, recommendationStages } from '@/lib/schemas/recommendation';
import { STALE_AFTER_DAYS, requiresEvidence } from '@/lib/tracker/progress';
import { localisedPath } from '@/lib/url';
import { countText, pageAlternates } from '@/lib/views/metadata';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/methodology'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'methodology' });
  return { title: t('title'), description: t('intro'), alternates: pageAlternates('/methodology', locale) };
}

const sections = ['scope', 'definitions', 'basis', 'tracker', 'dates'] as const;

/** A term and its definition per row: one column at 360 px, two from `sm` up. */
function Terms({ items, testId }: { items: { key: string; term: ReactNode; definition: ReactNode }[]; testId?: string }) {
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]" data-testid={testId}>
      {items.map((item) => (
        <div key={item.key} className="contents">
          <dt className="font-medium">{item.term}</dt>
          <dd className="text-zinc-700 dark:text-zinc-300">{item.definition}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * How Ties works, said from the data: counts as each list counts itself, names and definitions from
 * the vocabularies (lib/schemas) and the catalogues, the tracker's rules from lib/tracker. Only what
 * nothing else defines is worded here (messages `methodology`).
 */
export default async function MethodologyPage({ params }: PageProps<'/[locale]/methodology'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('methodology');
  const vocab = await getTranslations('vocab');
  const editing = await getTranslations('editing');
  const detail = await getTranslations('recommendationDetail');
  const feeds = await getTranslations('trackerFeeds');
  const deals = await getTranslations('deals');
  const instruments = await getTranslations('instruments');
  const recommendations = await getTranslations('recommendations');
  const findings = await getTranslations('findings');
  const timeline = await getTranslations('dealDetail.timeline');
  const [counts, owners, facts] = await Promise.all([registerCounts(), instrumentsByOwner(), methodologyFacts()]);
  const paperDate = facts.paperPublishedOn ? formatIsoPartial(facts.paperPublishedOn, locale) : '';
  // "“Partially implemented” or “Implemented”": stages named as the rules in lib/tracker list them.
  const stageNames = (stages: readonly string[]) =>
    new Intl.ListFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { type: 'disjunction' }).format(stages.map((s) => t('quoted', { name: vocab(`recommendationStage.${s}`) })));
  const evidenceStages = stageNames(recommendationStages.filter(requiresEvidence));
  const closingStageNames = stageNames(closingStages);

  const scope: Record<(typeof countedLists)[number], ReactNode> = {
    deals: (
      <>
        {deals('intro')} {t('scope.deals', { added: facts.addedDeals })}
      </>
    ),
    instruments: (
      <>
        {instruments('intro')}
        <ul className="mt-1">
          {owners.map(({ owner, instruments: list }) => (
            <li key={owner} data-owner={owner}>
              <span className="font-medium">{vocab(`owner.${owner}`)}</span>:{' '}
              {list.map((i, n) => (
                <span key={i.code}>
                  {n ? ', ' : ''}
                  <Link href={`/instruments/${i.code}`}>{i.acronym}</Link>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </>
    ),
    recommendations: recommendations('intro'),
    findings: findings('intro'),
    sources: t('scope.sources'),
  };

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <nav aria-labelledby="methodology-contents" className="no-print mb-8 text-sm">
        <p id="methodology-contents" className="font-medium">
          {t('contents')}
        </p>
        <ol className="mt-1 list-inside list-decimal">
          {sections.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{t(`${s}.heading`)}</a>
            </li>
          ))}
        </ol>
      </nav>

      <div className="max-w-3xl space-y-10">
        <section id="scope" aria-labelledby="scope-heading" className="scroll-mt-4 space-y-3">
          <h2 id="scope-heading">{t('scope.heading')}</h2>
          <p>{t('scope.intro', { date: paperDate })}</p>
          <Terms
            testId="register-counts"
            items={countedLists.map((kind) => ({
              key: kind,
              term: (
                <Link href={`/${kind}`} data-count={kind}>
                  {countText(kind, counts[kind], locale)}
                </Link>
              ),
              definition: scope[kind],
            }))}
          />
        </section>

        <section id="definitions" aria-labelledby="definitions-heading" className="scroll-mt-4 space-y-3">
          <h2 id="definitions-heading">{t('definitions.heading')}</h2>
          <p>{t('definitions.intro')}</p>
          <h3 id="deal-stages">{t('definitions.dealStages')}</h3>
          <p className="text-sm">{timeline('intro')}</p>
          <Terms
            testId="deal-stages"
            items={[
              ...dealStages.map((s) => ({ key: s, term: vocab(`dealStage.${s}`), definition: t(`definitions.dealStage.${s}`) })),
              { key: 'empty', term: vocab('dealStage.empty'), definition: t('definitions.dealStageEmpty') },
            ]}
          />
          <h3 id="access-levels">{t('definitions.accessLevels')}</h3>
          <p className="text-sm">{t('definitions.accessLevelsIntro')}</p>
          <Terms testId="access-levels" items={accessLevels.map((a) => ({ key: a, term: vocab(`accessLevel.${a}`), definition: vocab(`accessLevelDefinition.${a}`) }))} />
          <h3 id="recommendation-stages">{t('definitions.recommendationStages')}</h3>
          <p className="text-sm">{t('definitions.recommendationStagesIntro')}</p>
          <Terms
            testId="recommendation-stages"
            items={recommendationStages.map((s) => ({ key: s, term: vocab(`recommendationStage.${s}`), definition: vocab(`recommendationStageDefinition.${s}`) }))}
          />
        </section>

        <section id="basis" aria-labelledby="basis-heading" className="scroll-mt-4 space-y-3">
          <h2 id="basis-heading">{t('basis.heading')}</h2>
          <p>{t('basis.intro')}</p>
          <Terms
            testId="claim-bases"
            items={claimBases.map((b) => ({
              key: b,
              term: vocab(`claimBasis.${b}`),
              definition: (
                <>
                  {t(`basis.${b}`)} <span className="whitespace-nowrap text-zinc-600 dark:text-zinc-400" data-basis-count={b}>({t('basis.count', { count: facts.byBasis[b] })})</span>
                </>
              ),
            }))}
          />
          <p>{t('basis.notSaid', { notStated: vocab('statedFlag.empty'), notRecorded: vocab('dealStage.empty'), no: vocab('statedFlag.false') })}</p>
          <ul className="list-inside list-disc text-sm">
            <li>
              <Link href="/paper">{t('basis.paperLink')}</Link>
            </li>
            <li>
              <Link href="/sources">{t('basis.sourcesLink')}</Link>
            </li>
            <li>
              <Link href="/deals?basis=stated">{deals('statedOnly.label')}</Link>
            </li>
          </ul>
        </section>

        <section id="tracker" aria-labelledby="tracker-heading" className="scroll-mt-4 space-y-3">
          <h2 id="tracker-heading">{t('tracker.heading')}</h2>
          <p>
            {t('tracker.history')} {t('tracker.evidence', { stages: evidenceStages })}
          </p>
          <p>{t('tracker.milestones', { stages: closingStageNames })}</p>
          <p>{t('tracker.responses')}</p>
          <p>{t('tracker.concurrency')}</p>
          <p>
            {t('tracker.past')} <Link href="/recommendations/changes">{t('tracker.pastLink')}</Link>
          </p>
          <p data-testid="stale-rule">{t('tracker.stale', { days: STALE_AFTER_DAYS, notAssessed: vocab('recommendationStage.not-assessed') })}</p>
          <p>{detail('milestonesBasis')}</p>
          <p className="no-print text-sm">
            <a href={localisedPath('/recommendations/feed.xml', locale)} type="application/atom+xml">
              {feeds('allFeed')}
            </a>
          </p>
        </section>

        <section id="dates" aria-labelledby="dates-heading" className="scroll-mt-4 space-y-3">
          <h2 id="dates-heading">{t('dates.heading')}</h2>
          <p>{t('dates.seeded', { date: paperDate, asSeeded: editing('asSeeded') })}</p>
          <p>{t('dates.precision')}</p>
        </section>
      </div>
    </>
  );
}
