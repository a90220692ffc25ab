// The bibliography, each work with everything in the register that cites it. The list is short
// (the paper and the works of its footnotes), so the text filter and the order are applied in JS.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type SourceFilters, type SourceSort, emptySourceFilters } from '@/lib/filters/sources';
import { normaliseForSearch, searchTokens } from '@/lib/search';

const deal = { select: { slug: true, title: true, titleKo: true } } as const;
const live = { retiredAt: null };
const instrument = { select: { code: true, acronym: true, name: true, nameKo: true } } as const;

async function allSources(client: PrismaClient) {
  // Retired works leave the bibliography, and retired records leave each work's citations.
  return client.source.findMany({
    where: live,
    orderBy: { id: 'asc' },
    include: {
      footnotes: { orderBy: { number: 'asc' } },
      deals: { where: live, orderBy: { title: 'asc' }, ...deal },
      instruments: { where: live, orderBy: { acronym: 'asc' }, ...instrument },
      recommendations: { orderBy: { number: 'asc' }, select: { number: true, title: true, titleKo: true } },
      challenges: { orderBy: { number: 'asc' }, select: { number: true, slug: true, title: true, titleKo: true } },
      keyFigures: { where: live, orderBy: { position: 'asc' }, select: { slug: true, label: true, labelKo: true, valueText: true } },
      dealValues: { where: live, orderBy: { title: 'asc' }, select: { slug: true, title: true, titleKo: true, valueText: true } },
      instrumentBudgets: { where: live, orderBy: { acronym: 'asc' }, select: { code: true, acronym: true, budgetText: true } },
      dealEvents: {
        where: { deal: live },
        orderBy: [{ date: 'asc' }, { id: 'asc' }],
        select: { id: true, date: true, datePrecision: true, description: true, descriptionKo: true, deal },
      },
    },
  });
}
export type SourceEntry = Awaited<ReturnType<typeof allSources>>[number];

// The paper itself has no footnote and heads the list; the works it cites follow in footnote order.
const firstFootnote = (s: SourceEntry) => s.footnotes[0]?.number ?? 0;

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

export async function listSources(filters: SourceFilters = emptySourceFilters, client: PrismaClient = db) {
  const tokens = searchTokens(filters.q ?? '');
  const rows = (await allSources(client)).filter((s) => {
    if (!tokens.length) return true;
    const text = normaliseForSearch([s.slug, s.authors, s.title, s.publisher, s.publishedOn, s.note].filter(Boolean).join(' '));
    return tokens.every((t) => text.includes(t));
  });
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
