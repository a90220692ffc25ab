// Reads for the overview page. Every chart's numbers are aggregated by the database, so the page costs
// a handful of small queries however many deals there are: from the counts and sums that triggers
// keep (lib/queries/deals-sql.ts) where the database keeps them, else grouped by Prisma. At a million
// deals the groups took half a second (the deals per year and type alone 306 ms).
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { keepsDealCounts, keptDealCounts, keptPairCounts, keptSums, readsDealsAsSql } from '@/lib/queries/deals-sql';
import { cooperationTypes } from '@/lib/schemas/deal';
import { accessLevels, instrumentOwners } from '@/lib/schemas/instrument';
import { recommendationStages } from '@/lib/schemas/recommendation';

const live = { retiredAt: null };

/** Orders values by their place in a closed vocabulary; unknown values go last, alphabetically. */
function byVocabulary(vocabulary: readonly string[]) {
  const rank = (v: string) => (vocabulary.includes(v) ? vocabulary.indexOf(v) : vocabulary.length);
  return (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
}

export const getOverview = cachedRead('overview.counts', ['register'], async (client: PrismaClient = db) => {
  const [keyFigures, deals, instruments, recommendations, sources] = await Promise.all([
    client.keyFigure.findMany({ where: live, orderBy: { position: 'asc' }, include: { source: { include: { footnotes: true } } } }),
    keepsDealCounts(client) ? keptDealCounts(client, {}, '').then((kept) => kept.reduce((n, g) => n + g.count, 0)) : client.deal.count({ where: live }),
    client.instrument.count({ where: live }),
    client.recommendation.count(),
    client.source.count({ where: live }),
  ]);
  return { keyFigures, counts: { deals, instruments, recommendations, sources } };
});

export type CountryNames = Record<string, { name: string; nameKo: string | null }>;

/**
 * Stated deal values summed per partner country, one list per currency: amounts in different
 * currencies are never added together. Deals without a stated value are counted apart.
 */
export const getDealValueByCountry = cachedRead('overview.valueByCountry', ['register'], async (client: PrismaClient = db) => {
  const [valued, unvalued] = (readsDealsAsSql(client) && (await keptValueAndCount(client))) || (await Promise.all([
    client.deal.groupBy({
      by: ['valueCurrency', 'partnerCountryCode'],
      where: { ...live, valueAmount: { not: null }, valueCurrency: { not: null } },
      _sum: { valueAmount: true },
      _count: { _all: true },
    }),
    client.deal.groupBy({
      by: ['partnerCountryCode'],
      where: { ...live, OR: [{ valueAmount: null }, { valueCurrency: null }] },
      _count: { _all: true },
    }),
  ]));
  const codes = [...new Set([...valued, ...unvalued].map((g) => g.partnerCountryCode))];
  const countryRows = await client.country.findMany({ where: { code: { in: codes } }, select: { code: true, name: true, nameKo: true } });
  const countries: CountryNames = Object.fromEntries(countryRows.map((c) => [c.code, { name: c.name, nameKo: c.nameKo }]));

  const byCurrency = new Map<string, { countryCode: string; amount: number; deals: number }[]>();
  for (const g of valued) {
    const currency = g.valueCurrency ?? '';
    const rows = byCurrency.get(currency) ?? [];
    rows.push({ countryCode: g.partnerCountryCode, amount: g._sum.valueAmount ?? 0, deals: g._count._all });
    byCurrency.set(currency, rows);
  }
  const currencies = [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, rows]) => ({
      currency,
      rows: rows.sort((a, b) => b.amount - a.amount || a.countryCode.localeCompare(b.countryCode)),
    }));
  const unvaluedRows = unvalued
    .map((g) => ({ countryCode: g.partnerCountryCode, deals: g._count._all }))
    .sort((a, b) => b.deals - a.deals || a.countryCode.localeCompare(b.countryCode));
  return { currencies, unvalued: unvaluedRows, unvaluedTotal: unvaluedRows.reduce((n, r) => n + r.deals, 0), countries };
});

/**
 * The groups of {@link getDealValueByCountry} from the sums kept per partner country and currency
 * (SQLite), or undefined when they cannot be taken as they are.
 */
async function keptValueAndCount(client: PrismaClient) {
  const sums = await keptSums(client, {}, 'partnerCountryCode');
  if (!sums) return undefined;
  const valued = sums.flatMap((s) => (s.currency !== '' && s.valued > 0 ? [{ valueCurrency: s.currency, partnerCountryCode: s.value, _sum: { valueAmount: Number(s.amount) }, _count: { _all: s.valued } }] : []));
  // A deal with no currency counts as without a value, whatever its amount.
  const without = new Map<string, number>();
  for (const s of sums) without.set(s.value, (without.get(s.value) ?? 0) + (s.currency === '' ? s.deals : s.deals - s.valued));
  const unvalued = [...without].flatMap(([partnerCountryCode, n]) => (n > 0 ? [{ partnerCountryCode, _count: { _all: n } }] : []));
  return [valued, unvalued] as const;
}

/**
 * Deals per year, split by cooperation type, for the whole register or one view's where clause
 * (embeds). Years between the first and the last are all listed (with zero deals where there are
 * none) so that the time axis is even. Undated deals are counted.
 */
export const getDealsByYear = cachedRead('overview.byYear', ['register'], async (client: PrismaClient = db, where: Prisma.DealWhereInput = live) => {
  // The whole register (the default `where`) is counted by triggers; a view's where clause is grouped.
  const groups = where === live && keepsDealCounts(client) ? await keptYearsAndTypes(client) : await client.deal.groupBy({ by: ['year', 'cooperationType'], where, _count: { _all: true } });
  let undated = 0;
  const counts = new Map<number, Record<string, number>>();
  const types = new Set<string>();
  for (const g of groups) {
    if (g.year === null) {
      undated += g._count._all;
      continue;
    }
    const row = counts.get(g.year) ?? {};
    row[g.cooperationType] = (row[g.cooperationType] ?? 0) + g._count._all;
    counts.set(g.year, row);
    types.add(g.cooperationType);
  }
  const known = [...counts.keys()];
  const years: { year: number; counts: Record<string, number>; total: number }[] = [];
  if (known.length > 0) {
    for (let year = Math.min(...known); year <= Math.max(...known); year++) {
      const row = counts.get(year) ?? {};
      years.push({ year, counts: row, total: Object.values(row).reduce((n, c) => n + c, 0) });
    }
  }
  return { years, types: [...types].sort(byVocabulary(cooperationTypes)), undated };
});

/** Every live deal per year and type, as Prisma's groupBy gives them, from the kept counts: the undated are those no year counts. */
async function keptYearsAndTypes(client: PrismaClient) {
  const [pairs, [all]] = await Promise.all([keptPairCounts(client, 'year', 'cooperationType'), keptDealCounts(client, {}, '')]);
  const groups: Array<{ year: number | null; cooperationType: string; _count: { _all: number } }> = pairs.map((p) => ({ year: p.value as number, cooperationType: String(p.value2), _count: { _all: p.count } }));
  const undated = (all?.count ?? 0) - groups.reduce((n, g) => n + g._count._all, 0);
  if (undated > 0) groups.push({ year: null, cooperationType: '', _count: { _all: undated } });
  return groups;
}

/** Instruments per South Korean access level (every level, in order), split by owner. */
export const getInstrumentsByAccess = cachedRead('overview.byAccess', ['register'], async (client: PrismaClient = db) => {
  const groups = await client.instrument.groupBy({ by: ['accessLevel', 'owner'], where: live, _count: { _all: true } });
  const levels = [...new Set([...accessLevels, ...groups.map((g) => g.accessLevel)])].sort(byVocabulary(accessLevels));
  const owners = [...new Set([...instrumentOwners, ...groups.map((g) => g.owner)])].sort(byVocabulary(instrumentOwners));
  const rows = levels.map((accessLevel) => {
    const counts = Object.fromEntries(
      owners.map((owner) => [owner, groups.find((g) => g.accessLevel === accessLevel && g.owner === owner)?._count._all ?? 0]),
    );
    return { accessLevel, counts, total: Object.values(counts).reduce((n, c) => n + c, 0) };
  });
  return { owners, rows, total: rows.reduce((n, r) => n + r.total, 0) };
});

/** Recommendations per tracker stage (every stage, in order). */
export const getRecommendationsByStage = cachedRead('overview.byStage', ['tracker'], async (client: PrismaClient = db) => {
  const groups = await client.recommendation.groupBy({ by: ['stage'], _count: { _all: true } });
  const stages = [...new Set([...recommendationStages, ...groups.map((g) => g.stage)])].sort(byVocabulary(recommendationStages));
  const rows = stages.map((stage) => ({ stage, count: groups.find((g) => g.stage === stage)?._count._all ?? 0 }));
  return { rows, total: rows.reduce((n, r) => n + r.count, 0) };
});

export type DealValueByCountry = Awaited<ReturnType<typeof getDealValueByCountry>>;
export type DealsByYear = Awaited<ReturnType<typeof getDealsByYear>>;
export type InstrumentsByAccess = Awaited<ReturnType<typeof getInstrumentsByAccess>>;
export type RecommendationsByStage = Awaited<ReturnType<typeof getRecommendationsByStage>>;
