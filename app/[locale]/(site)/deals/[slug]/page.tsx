import type { Metadata } from 'next';
import { pageAlternates } from '@/lib/views/metadata';
import { PastRecord, pastDay } from '@/components/editing/past-record';
import { RecordStatus } from '@/components/editing/record-status';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DealFacts } from '@/components/deal-detail/deal-facts';
import { DealLinks } from '@/components/deal-detail/deal-links';
import { DealOrganisations } from '@/components/deal-detail/deal-organisations';
import { DealTimeline } from '@/components/deal-detail/deal-timeline';
import { PaperFindings } from '@/components/findings/paper-findings';
import { CitedSources } from '@/components/ui/cited-sources';
import { DetailSection } from '@/components/ui/detail-section';
import { LocalisedText } from '@/components/ui/localised-text';
import { formatPartial, localised } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { getDeal } from '@/lib/queries/deal-detail';
import { dealEditor } from '@/lib/records/deal';
import { backToList } from '@/lib/views/back-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/deals/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const deal = await getDeal(slug);
  if (!deal) return {};
  return {
    title: localised(locale, deal.title, deal.titleKo).text,
    description: localised(locale, deal.summary, deal.summaryKo).text,
    alternates: pageAlternates(`/deals/${deal.slug}`, locale),
  };
}

export default async function DealPage({ params, searchParams }: PageProps<'/[locale]/deals/[slug]'>) {
  const { locale, slug } = await params;
  // Back to the very view of the list the reader came from (lib/views/back-link.ts).
  const search = await searchParams;
  const back = backToList('deals', search.from);
  setRequestLocale(locale);
  // ?asof= shows the deal as it stood at the end of that day, from its saved changes.
  const asof = pastDay(search);
  if (asof) return <PastRecord editor={dealEditor} recordKey={slug} asof={asof} path={`/deals/${slug}`} />;
  const deal = await getDeal(slug);
  if (!deal) notFound();
  const t = await getTranslations('dealDetail');
  const vocab = await getTranslations('vocab');
  const d = deal;

  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="no-print text-sm">
          <Link href={back}>← {t(back === '/deals' ? 'back' : 'backToView')}</Link>
        </p>
        <h1>
          <LocalisedText locale={locale} en={d.title} ko={d.titleKo} />
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <LocalisedText locale={locale} en={d.system} ko={d.systemKo} /> · {vocab(`cooperationType.${d.cooperationType}`)} · {d.stage ? vocab(`dealStage.${d.stage}`) : vocab('dealStage.empty')}
        </p>
        {d.retiredAt ? (
          <p
            role="note"
            className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            data-testid="retired-notice"
          >
            {t('retired', { date: formatPartial(d.retiredAt, 'day', locale) })}
          </p>
        ) : null}
        <p>
          <LocalisedText locale={locale} en={d.summary} ko={d.summaryKo} />
        </p>
      </header>
      <DealFacts deal={d} />
      <DealTimeline deal={d} />
      <DealOrganisations deal={d} />
      <DealLinks deal={d} />
      <PaperFindings of={{ deal: d.slug }} />
      <DetailSection id="sources" title={t('sourcesHeading')}>
        <CitedSources sources={d.sources} />
      </DetailSection>
      <RecordStatus entity="deal" recordKey={d.slug} version={d.version} retired={Boolean(d.retiredAt)} editHref={`/deals/${d.slug}/edit`} locale={locale} />
    </article>
  );
}
