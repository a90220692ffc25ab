import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CountryMemberships } from '@/components/entities/country-memberships';
import { EntityChart } from '@/components/entities/entity-chart';
import { EntityDeals } from '@/components/entities/entity-deals';
import { EntityHeader } from '@/components/entities/entity-header';
import { PastRecord, pastDay } from '@/components/editing/past-record';
import { KoreanAccess, LinkedInstruments } from '@/components/entities/entity-instruments';
import { OrganisationLink } from '@/components/links/organisation-link';
import { PaperFindings } from '@/components/findings/paper-findings';
import { DetailSection } from '@/components/ui/detail-section';
import { localised } from '@/lib/format';
import { getCountryPage } from '@/lib/queries/entities';
import { countryEditor } from '@/lib/records/country';
import { decodeSegment } from '@/lib/url';
import { pageAlternates } from '@/lib/views/metadata';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/countries/[code]'>): Promise<Metadata> {
  const { locale, code } = await params;
  const page = await getCountryPage(decodeSegment(code));
  if (!page) return {};
  const c = page.country;
  return { title: localised(locale, c.name, c.nameKo).text, alternates: pageAlternates(`/countries/${c.code.toLowerCase()}`, locale) };
}

export default async function CountryPage({ params, searchParams }: PageProps<'/[locale]/countries/[code]'>) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const asof = pastDay(await searchParams);
  if (asof) return <PastRecord editor={countryEditor} recordKey={decodeSegment(code).toUpperCase()} asof={asof} path={`/countries/${decodeSegment(code).toUpperCase()}`} />;
  const page = await getCountryPage(decodeSegment(code));
  if (!page) notFound();
  const t = await getTranslations('entities');
  const c = page.country;
  const name = localised(locale, c.name, c.nameKo).text;

  return (
    <article className="max-w-3xl space-y-8" data-testid="country-page">
      <EntityHeader name={{ en: c.name, ko: c.nameKo }} locale={locale} />
      <CountryMemberships country={c} name={name} />
      <EntityDeals name={name} deals={page.deals} total={page.total} listHref={`/deals?country=${c.code}`} showPartner={false} locale={locale} />
      {page.total > 0 ? <EntityChart data={page.byYear} locale={locale} /> : null}
      <DetailSection id="organisations" title={t('organisationsHeading')} isEmpty={page.organisations.length === 0} empty={t('organisationsNone')}>
        <ul className="list-disc space-y-1 pl-5">
          {page.organisations.map((o) => (
            <li key={o.slug}>
              <OrganisationLink organisation={o} locale={locale} />
            </li>
          ))}
        </ul>
      </DetailSection>
      <LinkedInstruments instruments={page.instruments} locale={locale} />
      {page.koreanAccess ? <KoreanAccess instruments={page.koreanAccess} locale={locale} /> : null}
      <PaperFindings of={{ country: c.code }} />
    </article>
  );
}
