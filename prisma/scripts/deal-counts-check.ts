// A recount of SQLite's kept counts (prisma/scripts/deal-counts.ts) from the deals themselves, in one
// pass in JavaScript, written apart from the SQL that fills them and the triggers that keep them:
// the bench generator's bulk load (--check) and the tests compare the two.
import type Database from 'better-sqlite3';
import { DEAL_COUNT_COLUMNS } from './deal-counts';

type Counts = Map<string, number>;
const add = (counts: Counts, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** The kept rows of a table with a count, as key → count (a count of 0 may stay after deletes: it is never read). */
function kept(db: Database.Database, sql: string): Counts {
  const counts: Counts = new Map();
  for (const row of db.prepare(sql).raw().iterate() as IterableIterator<unknown[]>) {
    const n = Number(row.at(-1));
    if (n !== 0) counts.set(row.slice(0, -1).map(String).join('\u0000'), n);
  }
  return counts;
}

/** Where two sets of counts differ, at most `limit` keys, in words. */
function differences(table: string, keptCounts: Counts, recounted: Counts, limit = 5): string[] {
  const out: string[] = [];
  for (const key of new Set([...keptCounts.keys(), ...recounted.keys()])) {
    const [a, b] = [keptCounts.get(key) ?? 0, recounted.get(key) ?? 0];
    if (a !== b) out.push(`${table} ${key.replaceAll('\u0000', ' | ')}: kept ${a}, recounted ${b}`);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Every kept count of a SQLite database (per value and pair of values, links per organisation, the
 * common search words' lists and counts) against a recount of its deals; returns the differences
 * (empty when all is exact).
 */
export function recountDealCounts(db: Database.Database): string[] {
  const facets: Counts = new Map();
  const links: Counts = new Map();
  const members: Counts = new Map();
  const words: Counts = new Map();
  const keptWords = db.prepare(`SELECT "word" FROM "DealSearchWord"`).pluck().all() as string[];
  const organisations = new Map<number, number[]>();
  for (const [dealId, organisationId] of db.prepare(`SELECT "dealId", "organisationId" FROM "DealOrganisation"`).raw().iterate() as IterableIterator<[number, number]>) {
    organisations.set(dealId, [...(organisations.get(dealId) ?? []), organisationId]);
  }
  const deals = db.prepare(`SELECT "id", "searchText", "retiredAt" IS NULL, ${DEAL_COUNT_COLUMNS.map((c) => `CAST("${c}" AS TEXT)`).join(', ')} FROM "Deal"`).raw();
  for (const [id, text, live, ...values] of deals.iterate() as IterableIterator<[number, string, number, ...Array<string | null>]>) {
    const held = keptWords.filter((w) => text.includes(w));
    for (const w of held) add(members, `${w}\u0000${id}`);
    if (!live) continue;
    const pairs: Array<[string, string]> = [['all', ''], ...DEAL_COUNT_COLUMNS.flatMap((c, i) => (values[i] === null ? [] : [[c, values[i]!] as [string, string]]))];
    add(facets, 'all\u0000\u0000\u0000');
    for (const [c, v] of pairs.slice(1)) {
      add(facets, `${c}\u0000${v}\u0000\u0000`);
      for (const [c2, v2] of pairs.slice(1)) if (c2 !== c) add(facets, `${c}\u0000${v}\u0000${c2}\u0000${v2}`);
    }
    for (const organisationId of organisations.get(id) ?? []) for (const [c, v] of pairs) add(links, `${c}\u0000${v}\u0000${organisationId}`);
    for (const w of held) {
      for (const [c, v] of pairs) add(words, `${w}\u0000${c}\u0000${v}`);
      for (const organisationId of organisations.get(id) ?? []) add(words, `${w}\u0000organisationId\u0000${organisationId}`);
    }
  }
  const listed: Counts = new Map();
  for (const [word, dealId] of db.prepare(`SELECT "word", "dealId" FROM "DealWordMember"`).raw().iterate() as IterableIterator<[string, number]>) listed.set(`${word}\u0000${dealId}`, 1);
  return [
    ...differences('DealFacetCount', kept(db, `SELECT "column", "value", "column2", "value2", "count" FROM "DealFacetCount"`), facets),
    ...differences('DealLinkCount', kept(db, `SELECT "column", "value", "organisationId", "count" FROM "DealLinkCount"`), links),
    ...differences('DealWordMember', listed, members),
    ...differences('DealWordCount', kept(db, `SELECT "word", "column", "value", "count" FROM "DealWordCount"`), words),
  ];
}
