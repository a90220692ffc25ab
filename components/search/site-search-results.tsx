import { getTranslations } from 'next-intl/server';
import { CountryLink } from '@/components/links/country-link';
import { OrganisationLink } from '@/components/links/organisation-link';
import { LocalisedText } from '@/components/ui/localised-text';
import { buildDealQuery, emptyDealFilters } from '@/lib/filters/deals';
import { buildFindingQuery, emptyFindingFilters } from '@/lib/filters/findings';
import { buildInstrumentQuery, emptyInstrumentFilters } from '@/lib/filters/instruments';
import { buildRecommendationQuery, emptyRecommendationFilters } from '@/lib/filters/recommendations';
import { buildSourceQuery, emptySourceFilters } from '@/lib/filters/sources';
import { formatIsoPartial, localised } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { SiteSearchResults as Results } from '@/lib/queries/site-search';
import { ResultGroup } from './result-group';

const quiet = 'block text-sm text-zinc-600 dark:text-zinc-400';

/** The results of a search, grouped by kind; a kind with no match is left out. */
export async function SiteSearchResults({ results: r, locale }: { results: Results; locale: string }) {
  const t = await getTranslations('siteSearch');
  const vocab = await getTranslations('vocab');
  const findingsT = await getTranslations('findings');
  const q = r.q;
  const seeAll = (total: number, shown: number, href: string, label: string) => (total > shown ? { href, label } : undefined);
  const more = (total: number, shown: number) => (total > shown ? { text: t('more', { count: total - shown }) } : undefined);

  return (
    <div className="space-y-8">
      {r.deals.total > 0 ? (
        <ResultGroup
          id="deals"
          heading={t('heading', { kind: t('kinds.deals'), count: r.deals.total })}
          more={seeAll(r.deals.total, r.deals.items.length, `/deals${buildDealQuery({ ...emptyDealFilters, q })}`, t('seeAll.deals', { count: r.deals.total }))}
          items={r.deals.items.map((d) => ({
            key: d.slug,
            content: (
              <>
                <Link href={`/deals/${d.slug}`} className="font-medium">
                  <LocalisedText locale={locale} en={d.title} ko={d.titleKo} />
                </Link>
                <span className={quiet}>
                  <LocalisedText locale={locale} en={d.system} ko={d.systemKo} /> · <CountryLink country={d.partnerCountry} locale={locale} /> · {vocab(`cooperationType.${d.cooperationType}`)}
                  {d.year ? ` · ${d.year}` : null}
                </span>
              </>
            ),
          }))}
        />
      ) : null}
      {r.instruments.total > 0 ? (
        <ResultGroup
          id="instruments"
          heading={t('heading', { kind: t('kinds.instruments'), count: r.instruments.total })}
          more={seeAll(r.instruments.total, r.instruments.items.length, `/instruments${buildInstrumentQuery({ ...emptyInstrumentFilters, q })}`, t('seeAll.instruments', { count: r.instruments.total }))}
          items={r.instruments.items.map((i) => ({
            key: i.code,
            content: (
              <>
                <Link href={`/instruments/${i.code}`} className="font-medium">
                  {i.acronym}
                  {i.acronym === i.name ? null : (
                    <>
                      {' — '}
                      <LocalisedText locale={locale} en={i.name} ko={i.nameKo} />
                    </>
                  )}
                </Link>
                <span className={quiet}>
                  {vocab(`owner.${i.owner}`)} · {vocab(`accessLevel.${i.accessLevel}`)}
                </span>
              </>
            ),
          }))}
        />
      ) : null}
      {r.recommendations.total > 0 ? (
        <ResultGroup
          id="recommendations"
          heading={t('heading', { kind: t('kinds.recommendations'), count: r.recommendations.total })}
          more={seeAll(
            r.recommendations.total,
            r.recommendations.items.length,
            `/recommendations${buildRecommendationQuery({ ...emptyRecommendationFilters, q })}`,
            t('seeAll.recommendations', { count: r.recommendations.total }),
          )}
          items={r.recommendations.items.map((rec) => ({
            key: String(rec.number),
            content: (
              <Link href={`/recommendations/${rec.number}`} className="font-medium">
                {t('recommendation', { number: rec.number, title: localised(locale, rec.title, rec.titleKo).text })}
              </Link>
            ),
          }))}
        />
      ) : null}
      {r.sources.total > 0 ? (
        <ResultGroup
          id="sources"
          heading={t('heading', { kind: t('kinds.sources'), count: r.sources.total })}
          more={seeAll(r.sources.total, r.sources.items.length, `/sources${buildSourceQuery({ ...emptySourceFilters, q })}`, t('seeAll.sources', { count: r.sources.total }))}
          items={r.sources.items.map((s) => ({
            key: s.slug,
            content: (
              <>
                <Link href={`/sources${buildSourceQuery({ ...emptySourceFilters, q })}#${s.slug}`} className="font-medium" lang="en">
                  {s.title}
                </Link>
                <span className={quiet} lang="en">
                  {[s.authors, s.publisher, s.publishedOn ? formatIsoPartial(s.publishedOn, locale) : null].filter(Boolean).join(' · ')}
                </span>
              </>
            ),
          }))}
        />
      ) : null}
      {r.findings.total > 0 ? (
        <ResultGroup
          id="findings"
          heading={t('heading', { kind: findingsT('kind'), count: r.findings.total })}
          more={seeAll(r.findings.total, r.findings.items.length, `/findings${buildFindingQuery({ ...emptyFindingFilters, q })}`, findingsT('seeAll', { count: r.findings.total }))}
          items={r.findings.items.map((f) => ({
            key: f.slug,
            content: (
              <>
                <Link href={`/findings${buildFindingQuery({ ...emptyFindingFilters, q })}#${f.slug}`} className="font-medium">
                  <LocalisedText locale={locale} en={f.title} ko={f.titleKo} />
                </Link>
                <span className={quiet}>
                  {findingsT(`theme.${f.theme as 'offer'}`)} · {f.actors.map((a) => findingsT(`actor.${a.actor as 'korea'}`)).join(', ')}
                </span>
              </>
            ),
          }))}
        />
      ) : null}
      {r.organisations.total > 0 ? (
        <ResultGroup
          id="organisations"
          heading={t('heading', { kind: t('kinds.organisations'), count: r.organisations.total })}
          more={more(r.organisations.total, r.organisations.items.length)}
          items={r.organisations.items.map((o) => ({
            key: o.slug,
            content: (
              <>
                <OrganisationLink organisation={o} locale={locale} className="font-medium" />
                <span className={quiet}>{vocab(`organisationKind.${o.kind}`)}</span>
              </>
            ),
          }))}
        />
      ) : null}
      {r.countries.total > 0 ? (
        <ResultGroup
          id="countries"
          heading={t('heading', { kind: t('kinds.countries'), count: r.countries.total })}
          more={more(r.countries.total, r.countries.items.length)}
          items={r.countries.items.map((c) => ({ key: c.code, content: <CountryLink country={c} locale={locale} className="font-medium" /> }))}
        />
      ) : null}
    </div>
  );
}
