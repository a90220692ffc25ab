// Reads for the page of one organisation or one country: the record, the deals it takes part in
// (with its roles), the instruments linked to those deals, and its deals per year for a chart.
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { claimsInclude } from '@/lib/records/claims';
import { getDealsByYear } from './overview';

/** How many deals an organisation's or a country's page lists; the rest are one link away, on /deals. */
export const ENTITY_DEALS_SHOWN = 50;

const ORGANISATION_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY_CODE = /^[A-Za-z]{2}$/;

const entityDealSelect = {
  slug: true,
  title: true,
  titleKo: true,
  system: true,
  cooperationType: true,
  year: true,
  date: true,
  datePrecision: true,
  partnerCountry: { select: { code: true, name: true, nameKo: true } },
} satisfies Prisma.DealSelect;

const newestFirst: Prisma.DealOrderByWithRelationInput[] = [{ date: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }, { id: 'asc' }];

const instrumentSelect = { code: true, acronym: true, name: true, nameKo: true, owner: true, accessLevel: true } satisfies Prisma.InstrumentSelect;

/** The instruments linked to at least one live deal of `deals`, by owner then acronym. */
async function instrumentsOfDeals(deals: Prisma.DealWhereInput, client: PrismaClient) {
  return client.instrument.findMany({
    where: { retiredAt: null, deals: { some: { AND: [{ retiredAt: null }, deals] } } },
    select: instrumentSelect,
    orderBy: [{ owner: 'asc' }, { acronym: 'asc' }],
  });
}

/**
 * Every live instrument with South Korea's access level: the register records access for South Korea
 * only, so this is said of Korea and of organisations based there, and of no other country.
 */
async function koreanAccess(code: string | null, client: PrismaClient) {
  if (code !== 'KR') return null;
  return client.instrument.findMany({ where: { retiredAt: null }, select: instrumentSelect, orderBy: [{ owner: 'asc' }, { acronym: 'asc' }] });
}

/**
 * The organisation with this slug (retired ones too: their page says so), its deals with its role
 * in each, and the instruments its deals are linked to; null for a slug that is not one.
 */
export const getOrganisationPage = cachedRead('entities.organisation', ['register'], async (slug: string, client: PrismaClient = db) => {
  if (!ORGANISATION_SLUG.test(slug) || slug.length > 80) return null;
  const organisation = await client.organisation.findUnique({ where: { slug }, include: { country: true } });
  if (!organisation) return null;
  const dealsWhere: Prisma.DealWhereInput = { retiredAt: null, organisations: { some: { organisationId: organisation.id } } };
  const [deals, total, instruments, byYear, access] = await Promise.all([
    client.deal.findMany({
      where: dealsWhere,
      orderBy: newestFirst,
      take: ENTITY_DEALS_SHOWN,
      select: { ...entityDealSelect, organisations: { where: { organisationId: organisation.id }, select: { role: true } } },
    }),
    client.deal.count({ where: dealsWhere }),
    instrumentsOfDeals({ organisations: { some: { organisationId: organisation.id } } }, client),
    getDealsByYear(client, dealsWhere),
    koreanAccess(organisation.countryCode, client),
  ]);
  return {
    organisation,
    koreanAccess: access,
    deals: deals.map(({ organisations, ...deal }) => ({ ...deal, roles: organisations.map((o) => o.role) })),
    total,
    instruments,
    byYear,
  };
});
export type OrganisationPage = NonNullable<Awaited<ReturnType<typeof getOrganisationPage>>>;

/**
 * The country with this ISO code (any case), the deals it is the partner of, its organisations,
 * and the instruments its deals are linked to; null for a code that is not one.
 */
export const getCountryPage = cachedRead('entities.country', ['register'], async (rawCode: string, client: PrismaClient = db) => {
  if (!COUNTRY_CODE.test(rawCode)) return null;
  const code = rawCode.toUpperCase();
  const country = await client.country.findUnique({ where: { code }, include: { claims: claimsInclude } });
  if (!country) return null;
  const dealsWhere: Prisma.DealWhereInput = { retiredAt: null, partnerCountryCode: code };
  const [deals, total, organisations, instruments, byYear, access] = await Promise.all([
    client.deal.findMany({ where: dealsWhere, orderBy: newestFirst, take: ENTITY_DEALS_SHOWN, select: entityDealSelect }),
    client.deal.count({ where: dealsWhere }),
    client.organisation.findMany({
      where: { retiredAt: null, countryCode: code },
      select: { slug: true, name: true, nameKo: true, kind: true },
      orderBy: { name: 'asc' },
    }),
    instrumentsOfDeals({ partnerCountryCode: code }, client),
    getDealsByYear(client, dealsWhere),
    koreanAccess(code, client),
  ]);
  return { country, deals, total, organisations, instruments, byYear, koreanAccess: access };
});
export type CountryPage = NonNullable<Awaited<ReturnType<typeof getCountryPage>>>;
export type EntityDeal = CountryPage['deals'][number] & { roles?: string[] };
export type EntityInstrument = CountryPage['instruments'][number];

/**
 * The Korean name of each system that has one (K9 howitzer → K9 자주포), for the system facet of a
 * Korean page. One pass over the deals per change of the register, then from the read cache.
 */
export const systemNamesKo = cachedRead('deals.systemNamesKo', ['register'], async (client: PrismaClient = db): Promise<Map<string, string>> => {
  const rows = await client.deal.findMany({ where: { systemKo: { not: null } }, select: { system: true, systemKo: true } });
  return new Map(rows.map((r) => [r.system, r.systemKo!]));
});

/**
 * The names of these organisations by slug: a chosen organisation that no deal of the view has is
 * not counted by the facet, so the facet has no name for it (it would show its slug).
 */
export async function organisationNames(slugs: readonly string[], client: PrismaClient = db): Promise<Map<string, { name: string; nameKo: string | null }>> {
  if (slugs.length === 0) return new Map();
  const rows = await client.organisation.findMany({ where: { slug: { in: [...slugs] } }, select: { slug: true, name: true, nameKo: true } });
  return new Map(rows.map((r) => [r.slug, { name: r.name, nameKo: r.nameKo }]));
}
