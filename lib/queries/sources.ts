// The bibliography, each work with everything in the register that cites it. The list of works is
// read whole (5,000 in the scale data) and filtered and ordered in JS; what cites each work is read
// only for the works on the page being shown, and only so much of it (see sourceCitations).
import { db } from '@/lib/db';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { type SourceFilters, type SourceSort, emptySourceFilters } from '@/lib/filters/sources';
import { EXPORT_BATCH } from '@/lib/queries/deals';
import { matchesTokens, searchTokens } from '@/lib/search';

const deal = { select: { slug: true, title: true, titleKo: true } } as const;
const live = { retiredAt: null };
const instrument = { select: { code: true, acronym: true, name: true, nameKo: true } } as const;

async function allSources(client: PrismaClient) {
  // Retired works leave the bibliography. The footnotes are read on their own and matched here:
  // as a relation of 5,000 works they were one IN list over Prisma's bound-parameter limit.
  const [works, footnotes] = await Promise.all([
    client.source.findMany({ where: live, orderBy: { id: 'asc' } }),
    client.footnote.findMany({ where: { source: live }, orderBy: { number: 'asc' } }),
  ]);
  const bySource = new Map<number, typeof footnotes>();
  for (const f of footnotes) bySource.set(f.sourceId, [...(bySource.get(f.sourceId) ?? []), f]);
  return works.map((w) => ({ ...w, footnotes: bySource.get(w.id) ?? [] }));
}
export type SourceEntry = Awaited<ReturnType<typeof allSources>>[number];

/** How many deals, deal values and deal events a work's entry lists under each heading. */
export const CITATIONS_SHOWN = 10;

/**
 * What cites each of these works: the few kinds of record there are few of (instruments, their
 * budgets, recommendations, challenges, key figures) whole; deals, deal values and deal events the
 * first CITATIONS_SHOWN of each, with how many there are. At 100,000 deals the paper alone is cited
 * by every deal: read whole, that was a query over SQLite's bound-parameter limit (a 500).
 *
 * The three long lists are ranked in SQL (ROW_NUMBER, the same text on SQLite and PostgreSQL) and
 * only their ids come back; the records themselves are then read through Prisma, by id. The number
 * of queries does not grow with the number of works asked about (a page of them at a time).
 */
export async function sourceCitations(sourceIds: number[], client: PrismaClient = db) {
  const ids = sourceIds.length ? Prisma.join(sourceIds) : Prisma.sql`NULL`;
  type Ranked = { sourceId: number | bigint; id: number | bigint; rank: number | bigint; total: number | bigint };
  /**
   * The records `r` citing each work (the work's id is `source`), ranked by `order`, the first
   * CITATIONS_SHOWN of each with how many there are; only records of live deals (`deal` names the
   * deal's alias). The SQL fragments are this file's own constants, never input.
   */
  const ranked = (source: string, order: string, from: string, deal: string) => {
    const [by, rank, table, live] = [source, order, from, `${deal}."retiredAt" IS NULL`].map(Prisma.raw);
    return client.$queryRaw<Ranked[]>`
      SELECT "sourceId", "id", "rank", "total" FROM (
        SELECT ${by} AS "sourceId", r."id" AS "id",
               ROW_NUMBER() OVER (PARTITION BY ${by} ORDER BY ${rank}) AS "rank",
               COUNT(*) OVER (PARTITION BY ${by}) AS "total"
        FROM ${table}
        WHERE ${live} AND ${by} IN (${ids})
      ) ranked WHERE "rank" <= ${CITATIONS_SHOWN}`;
  };
  const [small, dealRanks, valueRanks, eventRanks] = await Promise.all([
    client.source.findMany({
      where: { id: { in: sourceIds } },
      select: {
        id: true,
        instruments: { where: live, orderBy: { acronym: 'asc' }, ...instrument },
        recommendations: { orderBy: { number: 'asc' }, select: { number: true, title: true, titleKo: true } },
        challenges: { orderBy: { number: 'asc' }, select: { number: true, slug: true, title: true, titleKo: true } },
        keyFigures: { where: live, orderBy: { position: 'asc' }, select: { slug: true, label: true, labelKo: true, valueText: true } },
        instrumentBudgets: { where: live, orderBy: { acronym: 'asc' }, select: { code: true, acronym: true, budgetText: true } },
      },
    }),
    // Deals citing the work, deals whose value it states, and events it records (of live deals).
    ranked('j."B"', 'r."title", r."id"', '"_DealToSource" j JOIN "Deal" r ON r."id" = j."A"', 'r'),
    ranked('r."valueSourceId"', 'r."title", r."id"', '"Deal" r', 'r'),
    ranked('r."sourceId"', 'r."date", r."id"', '"DealEvent" r JOIN "Deal" d ON d."id" = r."dealId"', 'd'),
  ]);
  // The records, by id, in batches under Prisma's bound-parameter limit (1,000 ids were already over it).
  const byIds = async <T extends { id: number }>(rows: Ranked[], read: (ids: number[]) => Promise<T[]>) => {
    const ids = [...new Set(rows.map((r) => Number(r.id)))];
    const found = new Map<number, T>();
    for (let at = 0; at < ids.length; at += EXPORT_BATCH) for (const record of await read(ids.slice(at, at + EXPORT_BATCH))) found.set(record.id, record);
    return found;
  };
  const [deals, values, events] = await Promise.all([
    byIds(dealRanks, (ids) => client.deal.findMany({ where: { id: { in: ids } }, select: { id: true, ...deal.select } })),
    byIds(valueRanks, (ids) => client.deal.findMany({ where: { id: { in: ids } }, select: { id: true, ...deal.select, valueText: true } })),
    byIds(eventRanks, (ids) =>
      client.dealEvent.findMany({ where: { id: { in: ids } }, select: { id: true, date: true, datePrecision: true, description: true, descriptionKo: true, deal } }),
    ),
  ]);
  /** Each work's records in the order SQL ranked them, and how many there are in all. */
  const perSource = <T,>(rows: Ranked[], records: Map<number, T>) => {
    const lists = new Map<number, { items: T[]; total: number }>();
    for (const r of [...rows].sort((a, b) => Number(a.rank) - Number(b.rank))) {
      const list = lists.get(Number(r.sourceId)) ?? { items: [], total: Number(r.total) };
      const record = records.get(Number(r.id));
      if (record) list.items.push(record);
      lists.set(Number(r.sourceId), list);
    }
    return (sourceId: number) => lists.get(sourceId) ?? { items: [], total: 0 };
  };
  const [dealsOf, valuesOf, eventsOf] = [perSource(dealRanks, deals), perSource(valueRanks, values), perSource(eventRanks, events)];

  return new Map(
    small.map((s) => [
      s.id,
      {
        ...s,
        deals: dealsOf(s.id).items,
        dealValues: valuesOf(s.id).items,
        dealEvents: eventsOf(s.id).items,
        totals: { deals: dealsOf(s.id).total, dealValues: valuesOf(s.id).total, dealEvents: eventsOf(s.id).total },
      },
    ]),
  );
}
export type SourceCitationsOf = NonNullable<ReturnType<Awaited<ReturnType<typeof sourceCitations>>['get']>>;

// The paper itself has no footnote and heads the list; the works it cites follow in footnote order,
// then the references no footnote cites (the EU's and NATO's own lists of members).
const firstFootnote = (s: SourceEntry) => (s.kind === 'paper' ? 0 : (s.footnotes[0]?.number ?? Number.MAX_SAFE_INTEGER));

// Undated works go last in both date orders: there is nothing to compare.
function byDate(direction: 1 | -1) {
  return (a: SourceEntry, b: SourceEntry) => {
    if (!a.publishedOn || !b.publishedOn) return a.publishedOn === b.publishedOn ? a.id - b.id : a.publishedOn ? -1 : 1;
    return direction * (a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : 0) || firstFootnote(a) - firstFootnote(b);
  };
}

const sorters: Record<SourceSort, (a: SourceEntry, b: SourceEntry) => number> = {
  footnote: (a, b) => firstFootnote(a) - firstFootnote(b) || a.id - b.id,
  date: byDate(1),
  '-date': byDate(-1),
};

export async function listSources(filters: Omit<SourceFilters, 'page'> = emptySourceFilters, client: PrismaClient = db) {
  const tokens = searchTokens(filters.q ?? '');
  const rows = (await allSources(client)).filter((s) => matchesTokens([s.slug, s.authors, s.title, s.publisher, s.publishedOn, s.note], tokens));
  return rows.sort(sorters[filters.sort]);
}

/** The newest revision of each of these sources, by slug: one query for the whole bibliography. */
export async function lastSourceChanges(slugs: string[], client: PrismaClient = db) {
  const rows = await client.revision.findMany({
    where: { entity: 'source', recordKey: { in: slugs } },
    orderBy: { version: 'desc' },
    select: { recordKey: true, at: true, authorName: true },
  });
  const last = new Map<string, { at: Date; authorName: string }>();
  for (const r of rows) if (!last.has(r.recordKey)) last.set(r.recordKey, { at: r.at, authorName: r.authorName });
  return last;
}
