import type { Metadata } from 'next';
import { ClaimNote } from '@/components/basis/claim-note';
import { pageAlternates } from '@/lib/views/metadata';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PastRecord, pastDay } from '@/components/editing/past-record';
import { RecordStatus } from '@/components/editing/record-status';
import { AccessExplanation } from '@/components/instrument-detail/access-explanation';
import { InstrumentFacts } from '@/components/instrument-detail/instrument-facts';
import { InstrumentLinks } from '@/components/instrument-detail/instrument-links';
import { PaperFindings } from '@/components/findings/paper-findings';
import { CitedSources } from '@/components/ui/cited-sources';
import { DetailSection } from '@/components/ui/detail-section';
import { LocalisedText } from '@/components/ui/localised-text';
import { formatPartial, localised } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { getInstrument } from '@/lib/queries/instruments';
import { instrumentEditor } from '@/lib/records/instrument';
import { backToList } from '@/lib/views/back-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/instruments/[code]'>): Promise<Metadata> {
  const { locale, code } = await params;
  const instrument = await getInstrument(code);
  if (!instrument) return {};
  const name = localised(locale, instrument.name, instrument.nameKo).text;
  return {
    title: instrument.acronym === instrument.name ? name : `${instrument.acronym} — ${name}`,
    description: localised(locale, instrument.summary, instrument.summaryKo).text,
    alternates: pageAlternates(`/instruments/${instrument.code}`, locale),
  };
}

export default async function InstrumentPage({ params, searchParams }: PageProps<'/[locale]/instruments/[code]'>) {
  const { locale, code } = await params;
  const search = await searchParams;
  const back = backToList('instruments', search.from);
  setRequestLocale(locale);
  // ?asof= shows the instrument as it stood at the end of that day, from its saved changes.
  const asof = pastDay(search);
  if (asof) return <PastRecord editor={instrumentEditor} recordKey={code} asof={asof} path={`/instruments/${code}`} />;
  const instrument = await getInstrument(code);
  if (!instrument) notFound();
  const t = await getTranslations('instrumentDetail');
  const vocab = await getTranslations('vocab');
  const i = instrument;

  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="no-print text-sm">
          <Link href={back}>← {t(back === '/instruments' ? 'back' : 'backToView')}</Link>
        </p>
        <h1>
          <LocalisedText locale={locale} en={i.name} ko={i.nameKo} />
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {i.acronym} · {vocab(`owner.${i.owner}`)} · {vocab(`instrumentKind.${i.kind}`)}
        </p>
        {i.retiredAt ? (
          <p role="note" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {t('retired', { date: formatPartial(i.retiredAt, 'day', locale) })}
          </p>
        ) : null}
      </header>
      <AccessExplanation instrument={i} />
      <DetailSection id="summary" title={t('summaryHeading')}>
        <p>
          <LocalisedText locale={locale} en={i.summary} ko={i.summaryKo} />
        </p>
      </DetailSection>
      <InstrumentFacts instrument={i} />
      <DetailSection id="terms" title={t('termsHeading')}>
        <p>
          <LocalisedText locale={locale} en={i.thirdCountryTerms} ko={i.thirdCountryTermsKo} />
        </p>
        <p>
          <ClaimNote claims={i.claims} field="thirdCountryTerms" cite={`instrument:${i.code}`} />
        </p>
      </DetailSection>
      <InstrumentLinks instrument={i} />
      <PaperFindings of={{ instrument: i.code }} />
      <DetailSection id="sources" title={t('sourcesHeading')}>
        <CitedSources sources={i.sources} />
      </DetailSection>
      <RecordStatus entity="instrument" recordKey={i.code} version={i.version} retired={Boolean(i.retiredAt)} editHref={`/instruments/${i.code}/edit`} locale={locale} />
    </article>
  );
}
