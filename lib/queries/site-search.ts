// One search across the site: deals, instruments, recommendations, sources, the paper's findings,
// organisations and countries, each matched as its own list matches it (case, accents and hyphens ignored: "kf21"
// finds "KF-21"), a few of each shown, with how many there are in all.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { emptyDealFilters } from '@/lib/filters/deals';
import { emptyFindingFilters } from '@/lib/filters/findings';
import { emptyInstrumentFilters } from '@/lib/filters/instruments';
import { emptyRecommendationFilters } from '@/lib/filters/recommendations';
import { emptySourceFilters } from '@/lib/filters/sources';
import { matchesTokens, searchTokens } from '@/lib/search';
import { listDeals } from './deals';
import { listFindings } from './findings';
import { listInstruments } from './instruments';
import { listRecommendations } from './recommendations';
import { listSources } from './sources';

/** How many results of each kind the search page shows; the rest are one link away, in that kind's list. */
export const SEARCH_SHOWN = 5;

export const searchKinds = ['deals', 'instruments', 'recommendations', 'sources', 'findings', 'organisations', 'countries'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** A few results of one kind, and how many match in all. */
type Found<T> = { items: T[]; total: number };
const found = <T>(all: T[]): Found<T> => ({ items: all.slice(0, SEARCH_SHOWN), total: all.length });

/** Everything that matches `q`, or null when `q` holds nothing to search for. */
export async function searchEverything(q: string, client: PrismaClient = db) {
  const tokens = searchTokens(q);
  if (tokens.length === 0) return null;
  // The deals go through the deals list's own search (its full-text index and its where-clause).
  const [deals, instruments, recommendations, sources, findings, organisations, countries] = await Promise.all([
    listDeals({ ...emptyDealFilters, q }, client),
    listInstruments({ ...emptyInstrumentFilters, q }, client),
    listRecommendations({ ...emptyRecommendationFilters, q }, client),
    listSources({ ...emptySourceFilters, q }, client),
    listFindings({ ...emptyFindingFilters, q }, client),
    client.organisation.findMany({ where: { retiredAt: null }, select: { slug: true, name: true, nameKo: true, kind: true, summary: true }, orderBy: { name: 'asc' } }),
    client.country.findMany({ select: { code: true, name: true, nameKo: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    q,
    deals: { items: deals.rows.slice(0, SEARCH_SHOWN), total: deals.total },
    instruments: found(instruments),
    recommendations: found(recommendations),
    sources: found(sources),
    findings: found(findings),
    organisations: found(organisations.filter((o) => matchesTokens([o.slug, o.name, o.nameKo, o.summary], tokens))),
    countries: found(countries.filter((c) => matchesTokens([c.code, c.name, c.nameKo], tokens))),
  };
}
export type SiteSearchResults = NonNullable<Awaited<ReturnType<typeof searchEverything>>>;
