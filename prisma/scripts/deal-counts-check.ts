// A recount of SQLite's kept counts (prisma/scripts/deal-counts.ts) from the deals themselves, in one
// pass in JavaScript, written apart from the SQL that fills them and the triggers that keep them:
// the bench generator's bulk load (--check) and the tests compare the two.
import type Database from 'better-sqlite3';
import { DEAL_COUNT_COLUMNS, keptWhole } from './deal-counts';

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

/** A kept sum of stated values, as a reader takes it: its deals and values, and their sum if it is exact. */
type Sum = { deals: number; valued: number; amount: bigint; inexact: boolean };
const describeSum = (s: Sum) => `${s.deals} deals, ${s.valued} valued, ${s.inexact ? 'not summed exactly' : String(s.amount)}`;

function addSum(sums: Map<string, Sum>, key: string, amount: number | null): void {
  const sum = sums.get(key) ?? sums.set(key, { deals: 0, valued: 0, amount: 0n, inexact: false }).get(key)!;
  sum.deals++;
  if (amount === null) return;
  sum.valued++;
  if (keptWhole(amount)) sum.amount += BigInt(amount);
  else sum.inexact = true;
}

/**
 * Every kept count of a SQLite database (per value and pair of values, links per organisation, the
 * common search words' lists and counts, the stated values' sums) against a recount of its deals;
 * returns the differences (empty when all is exact).
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
  const sums = new Map<string, Sum>();
  const deals = db.prepare(`SELECT "id", "searchText", "retiredAt" IS NULL, COALESCE("valueCurrency", ''), "valueAmount", ${DEAL_COUNT_COLUMNS.map((c) => `CAST("${c}" AS TEXT)`).join(', ')} FROM "Deal"`).raw();
  for (const [id, text, live, currency, amount, ...values] of deals.iterate() as IterableIterator<[number, string, number, string, number | null, ...Array<string | null>]>) {
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
    for (const [c, v] of pairs) addSum(sums, `${c}\u0000${v}\u0000${currency}`, amount);
    for (const w of held) addSum(sums, `word\u0000${w}\u0000${currency}`, amount);
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
    ...sumDifferences(db, sums),
  ];
}

/** Where the kept sums differ from the recounted ones (a row of no deals may stay after deletes: it is never read). */
function sumDifferences(db: Database.Database, recounted: Map<string, Sum>, limit = 5): string[] {
  const keptSums = new Map<string, Sum>();
  const rows = db.prepare(`SELECT "column", "value", "currency", "deals", "valued", CAST("amount" AS TEXT), "inexact" > 0 OR typeof("amount") <> 'integer' FROM "DealValueSum" WHERE "deals" <> 0`).raw();
  for (const [column, value, currency, deals, valued, amount, inexact] of rows.iterate() as IterableIterator<[string, string, string, number, number, string, number]>) {
    keptSums.set(`${column}\u0000${value}\u0000${currency}`, { deals, valued, amount: inexact ? 0n : BigInt(amount), inexact: inexact === 1 });
  }
  const out: string[] = [];
  for (const key of new Set([...keptSums.keys(), ...recounted.keys()])) {
    const [a, b] = [keptSums.get(key), recounted.get(key)];
    // A sum past 64 bits is inexact when kept, exact when recounted: both tell a reader to sum the deals.
    const same = a && b && a.deals === b.deals && a.valued === b.valued && (a.inexact ? b.inexact || b.amount >= 2n ** 63n || b.amount < -(2n ** 63n) : !b.inexact && a.amount === b.amount);
    if (!same) out.push(`DealValueSum ${key.replaceAll('\u0000', ' | ')}: kept ${a ? describeSum(a) : 'nothing'}, recounted ${b ? describeSum(b) : 'nothing'}`);
    if (out.length >= limit) break;
  }
  return out;
}
