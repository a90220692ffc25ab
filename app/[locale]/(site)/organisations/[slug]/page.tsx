import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EntityChart } from '@/components/entities/entity-chart';
import { EntityDeals } from '@/components/entities/entity-deals';
import { EntityHeader } from '@/components/entities/entity-header';
import { PastRecord, pastDay } from '@/components/editing/past-record';
import { KoreanAccess, LinkedInstruments } from '@/components/entities/entity-instruments';
import { CountryLink } from '@/components/links/country-link';
import { LocalisedText } from '@/components/ui/localised-text';
import { formatPartial, localised } from '@/lib/format';
import { getOrganisationPage } from '@/lib/queries/entities';
import { organisationEditor } from '@/lib/records/organisation';
import { decodeSegment } from '@/lib/url';
import { pageAlternates } from '@/lib/views/metadata';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/organisations/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await getOrganisationPage(decodeSegment(slug));
  if (!page) return {};
  const o = page.organisation;
  return { title: localised(locale, o.name, o.nameKo).text, alternates: pageAlternates(`/organisations/${o.slug}`, locale) };
}

export default async function OrganisationPage({ params, searchParams }: PageProps<'/[locale]/organisations/[slug]'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const asof = pastDay(await searchParams);
  if (asof) return <PastRecord editor={organisationEditor} recordKey={decodeSegment(slug)} asof={asof} path={`/organisations/${decodeSegment(slug)}`} />;
  const page = await getOrganisationPage(decodeSegment(slug));
  if (!page) notFound();
  const t = await getTranslations('entities');
  const vocab = await getTranslations('vocab');
  const o = page.organisation;
  const name = localised(locale, o.name, o.nameKo).text;

  return (
    <article className="max-w-3xl space-y-8" data-testid="organisation-page">
      <EntityHeader name={{ en: o.name, ko: o.nameKo }} locale={locale}>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {t('organisationKind', { kind: vocab(`organisationKind.${o.kind}`), origin: vocab(`organisationOrigin.${o.origin}`) })}
          {o.country ? (
            <>
              {' · '}
              {t('basedIn')}: <CountryLink country={o.country} locale={locale} />
            </>
          ) : null}
        </p>
        {o.retiredAt ? (
          <p role="note" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {t('retired', { date: formatPartial(o.retiredAt, 'day', locale) })}
          </p>
        ) : null}
        {o.summary ? (
          <p>
            <LocalisedText locale={locale} en={o.summary} ko={o.summaryKo} />
          </p>
        ) : null}
      </EntityHeader>
      <EntityDeals name={name} deals={page.deals} total={page.total} listHref={`/deals?organisation=${o.slug}`} showPartner locale={locale} />
      {page.total > 0 ? <EntityChart data={page.byYear} locale={locale} /> : null}
      <LinkedInstruments instruments={page.instruments} locale={locale} />
      {page.koreanAccess ? <KoreanAccess instruments={page.koreanAccess} locale={locale} /> : null}
    </article>
  );
}
