// The live deals counted per facet value on SQLite (migration deal_view_indexes, issue 18): a table
// that triggers on "Deal" keep exact as every deal is written, so the facets of the unfiltered list
// (and of each facet's own filter) are read from a few rows instead of 100,000 index entries each.
// Like the full-text index, Prisma's schema cannot describe it: schema diffs leave it alone, and a
// migration that rebuilds "Deal" gets the triggers back and the counts filled again.

import type Database from 'better-sqlite3';

/** The columns counted, as lib/queries/deals-sql.ts names them; each value is kept as text. */
export const DEAL_COUNT_COLUMNS = ['partnerCountryCode', 'system', 'domain', 'cooperationType', 'stage', 'year', 'localisation', 'technologyTransfer'] as const;

export const DEAL_COUNT_TABLES = ['DealFacetCount', 'DealLinkCount', 'DealSearchWord', 'DealWordMember', 'DealWordCount', 'DealValueSum'];

// A deal counts once under ('all', ''), once under each (column, value) it has (a NULL value is not
// counted), and once under each pair of its values in two columns, both ways round: the facets of a
// view filtered by one facet are then the pairs that start with its chosen values.
const valuesOf = (row: 'new' | 'old') => DEAL_COUNT_COLUMNS.map((c) => `('${c}', CAST(${row}."${c}" AS TEXT))`).join(', ');
const add = (row: 'new' | 'old', delta: 1 | -1) => `  INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT 'all', '', '', '', ${delta} WHERE ${row}."retiredAt" IS NULL
    UNION ALL SELECT "a"."column1", "a"."column2", "b"."column1", "b"."column2", ${delta}
    FROM (VALUES ${valuesOf(row)}) AS "a" JOIN (VALUES ('', ''), ${valuesOf(row)}) AS "b" ON "b"."column1" <> "a"."column1"
    WHERE ${row}."retiredAt" IS NULL AND "a"."column2" IS NOT NULL AND "b"."column2" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "count" + excluded."count";`;

export const DEAL_COUNT_TABLE_SQL = `CREATE TABLE "DealFacetCount" (
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "column2" TEXT NOT NULL,
  "value2" TEXT NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("column", "value", "column2", "value2")
) WITHOUT ROWID;
`;

/**
 * The three triggers on "Deal" named `Deal_<name>_insert`, `_delete` and `_update` that keep a table in
 * step: `change` written for the row going (-1) and the row coming (+1); an update only of `updateOf`.
 */
function dealTriggers(name: string, updateOf: readonly string[], change: (row: 'new' | 'old', delta: 1 | -1) => string): string {
  return `CREATE TRIGGER "Deal_${name}_insert" AFTER INSERT ON "Deal" BEGIN
${change('new', 1)}
END;

CREATE TRIGGER "Deal_${name}_delete" AFTER DELETE ON "Deal" BEGIN
${change('old', -1)}
END;

CREATE TRIGGER "Deal_${name}_update" AFTER UPDATE OF ${updateOf.map((c) => `"${c}"`).join(', ')} ON "Deal" BEGIN
${change('old', -1)}
${change('new', 1)}
END;
`;
}

/** The triggers that keep the counts in step with Deal: a retired deal counts nowhere. */
export const DEAL_COUNT_TRIGGERS_SQL = dealTriggers('counts', ['retiredAt', ...DEAL_COUNT_COLUMNS], add);

const live = (c: string) => `"retiredAt" IS NULL AND "${c}" IS NOT NULL`;

/** The counts of the deals as they are (after creating the table, or rebuilding "Deal"). */
export const DEAL_COUNT_FILL_SQL = `DELETE FROM "DealFacetCount";
INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
  SELECT 'all', '', '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL
${DEAL_COUNT_COLUMNS.map((c) => `  UNION ALL SELECT '${c}', CAST("${c}" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE ${live(c)} GROUP BY "${c}"`).join('\n')}
${DEAL_COUNT_COLUMNS.flatMap((c) =>
  DEAL_COUNT_COLUMNS.filter((d) => d !== c).map(
    (d) => `  UNION ALL SELECT '${c}', CAST("${c}" AS TEXT), '${d}', CAST("${d}" AS TEXT), COUNT(*) FROM "Deal" WHERE ${live(c)} AND "${d}" IS NOT NULL GROUP BY "${c}", "${d}"`,
  ),
).join('\n')};
`;

// The links of the live deals counted per organisation, in all ('all', '') and per facet value
// (column, value): the organisation facet of every live deal, or of a view filtered by one facet,
// is then a few rows instead of a probe of the links per deal of the view (country=PL: 31 ms). A
// link counts while its deal is live; a deal's values and its retirement move all its links.

/** A deal's ('all', '') and each (column, value) of it, as rows of "column" and "value" (NULL when the deal has none). */
const dealValueRows = (deal: string, also = '') =>
  `SELECT ${also}"a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' ${DEAL_COUNT_COLUMNS.map((c) => `WHEN '${c}' THEN CAST(${deal}."${c}" AS TEXT)`).join(' ')} END AS "value"`;
const columnNames = `(VALUES ('all'), ${DEAL_COUNT_COLUMNS.map((c) => `('${c}')`).join(', ')}) AS "a"`;
const upsertLinks = `ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "count" + excluded."count";`;

/** One link (`row` of DealOrganisation) added to or taken from the counts, if its deal is live. */
const linkDelta = (row: 'new' | 'old', delta: 1 | -1) => `  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "column", "value", ${row}."organisationId", ${delta} FROM (${dealValueRows('"d"')} FROM "Deal" AS "d" JOIN ${columnNames}
      WHERE "d"."id" = ${row}."dealId" AND "d"."retiredAt" IS NULL) WHERE "value" IS NOT NULL
    ${upsertLinks}`;

/** Every link of a deal (`row` of Deal) added to or taken from the counts, if the deal is live. */
const dealLinksDelta = (row: 'new' | 'old', delta: 1 | -1) => `  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."column", "v"."value", "l"."organisationId", ${delta} FROM "DealOrganisation" AS "l"
    JOIN (${dealValueRows(row)} FROM ${columnNames}) AS "v" ON "v"."value" IS NOT NULL
    WHERE "l"."dealId" = ${row}."id" AND ${row}."retiredAt" IS NULL
    ${upsertLinks}`;

export const DEAL_LINK_COUNT_TABLE_SQL = `CREATE TABLE "DealLinkCount" (
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "organisationId" INTEGER NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("column", "value", "organisationId")
) WITHOUT ROWID;
`;

// The triggers on each table name the other, and SQLite refuses to rename a rebuilt table while a
// trigger names a table that is missing: a migration that rebuilds either drops them first.
const DEAL_LINK_TRIGGERS = ['DealOrganisation_counts_insert', 'DealOrganisation_counts_delete', 'DealOrganisation_counts_update', 'Deal_links_delete', 'Deal_links_update'];

/**
 * The triggers that keep the link counts in step. A deal's delete is counted before it happens
 * (BEFORE DELETE, while its links are still there): SQLite deletes the deal's row, then its links
 * (ON DELETE CASCADE), whose own trigger then finds no deal and counts nothing.
 */
export const DEAL_LINK_TRIGGERS_SQL = `CREATE TRIGGER "DealOrganisation_counts_insert" AFTER INSERT ON "DealOrganisation" BEGIN
${linkDelta('new', 1)}
END;

CREATE TRIGGER "DealOrganisation_counts_delete" AFTER DELETE ON "DealOrganisation" BEGIN
${linkDelta('old', -1)}
END;

CREATE TRIGGER "DealOrganisation_counts_update" AFTER UPDATE OF "dealId", "organisationId" ON "DealOrganisation" BEGIN
${linkDelta('old', -1)}
${linkDelta('new', 1)}
END;

CREATE TRIGGER "Deal_links_delete" BEFORE DELETE ON "Deal" BEGIN
${dealLinksDelta('old', -1)}
END;

CREATE TRIGGER "Deal_links_update" AFTER UPDATE OF "retiredAt", ${DEAL_COUNT_COLUMNS.map((c) => `"${c}"`).join(', ')} ON "Deal" BEGIN
${dealLinksDelta('old', -1)}
${dealLinksDelta('new', 1)}
END;
`;

/** The link counts of the links as they are. */
export const DEAL_LINK_FILL_SQL = `DELETE FROM "DealLinkCount";
INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
  SELECT "v"."column", "v"."value", "v"."organisationId", COUNT(*) FROM (${dealValueRows('"d"')}, "l"."organisationId" AS "organisationId"
    FROM "DealOrganisation" AS "l" JOIN "Deal" AS "d" ON "d"."id" = "l"."dealId" JOIN ${columnNames} WHERE "d"."retiredAt" IS NULL) AS "v"
  WHERE "v"."value" IS NOT NULL GROUP BY 1, 2, 3;
`;

// Common search words (issue 18): a word in thousands of deals ("poland": 32,566 of 100,000) is slow
// to search through the trigram index (20 ms for its ids alone) and slower to count (each facet
// grouped its matches: 130 ms). The words kept ("DealSearchWord", chosen by keepCommonSearchWords)
// have the deals whose search text contains them listed ("DealWordMember", every deal, retired or
// not: the same test as the search's `instr`), and their live deals counted in all, per facet value
// and per organisation ("DealWordCount"), kept exact by triggers as the link counts are. A word is a
// search token as the search has it: a deal holds it when its text contains it (instr), so the lists
// are exact for that token whatever the words around it. A token not kept is searched as before.

/** The kept words, their deals, and their live deals counted. */
export const DEAL_WORD_TABLES_SQL = `CREATE TABLE "DealSearchWord" (
  "word" TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE "DealWordMember" (
  "word" TEXT NOT NULL,
  "dealId" INTEGER NOT NULL,
  PRIMARY KEY ("word", "dealId")
) WITHOUT ROWID;

CREATE TABLE "DealWordCount" (
  "word" TEXT NOT NULL,
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("word", "column", "value")
) WITHOUT ROWID;
`;

const upsertWords = `ON CONFLICT ("word", "column", "value") DO UPDATE SET "count" = "count" + excluded."count";`;
const wordsOf = (row: string) => `"DealSearchWord" AS "w" WHERE instr(${row}."searchText", "w"."word") > 0`;

/** A deal (`row` of Deal) in its words' lists, or out of them. */
const wordMembers = (row: 'new' | 'old', delta: 1 | -1) =>
  delta === 1
    ? `  INSERT INTO "DealWordMember" ("word", "dealId") SELECT "w"."word", ${row}."id" FROM ${wordsOf(row)};`
    : `  DELETE FROM "DealWordMember" WHERE "dealId" = ${row}."id" AND "word" IN (SELECT "w"."word" FROM ${wordsOf(row)});`;

/** A deal (`row` of Deal) counted, or no longer, under each of its words: in all, per value and per linked organisation. */
const wordCounts = (row: 'new' | 'old', delta: 1 | -1) => `  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", "v"."column", "v"."value", ${delta} FROM (${dealValueRows(row)} FROM ${columnNames}) AS "v", ${wordsOf(row)} AND "v"."value" IS NOT NULL AND ${row}."retiredAt" IS NULL
    UNION ALL SELECT "w"."word", 'organisationId', CAST("l"."organisationId" AS TEXT), ${delta} FROM "DealOrganisation" AS "l", ${wordsOf(row)} AND "l"."dealId" = ${row}."id" AND ${row}."retiredAt" IS NULL
    ${upsertWords}`;

/** One link (`row` of DealOrganisation) counted under its deal's words, if the deal is live. */
const wordLink = (row: 'new' | 'old', delta: 1 | -1) => `  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", 'organisationId', CAST(${row}."organisationId" AS TEXT), ${delta} FROM "Deal" AS "d" JOIN "DealSearchWord" AS "w" ON instr("d"."searchText", "w"."word") > 0
    WHERE "d"."id" = ${row}."dealId" AND "d"."retiredAt" IS NULL
    ${upsertWords}`;

const DEAL_WORD_TRIGGERS = ['Deal_words_insert', 'Deal_words_delete', 'Deal_words_update', 'DealOrganisation_words_insert', 'DealOrganisation_words_delete', 'DealOrganisation_words_update'];

/** The triggers that keep the words' lists and counts in step (a deal's delete counted before it happens, as for the link counts). */
export const DEAL_WORD_TRIGGERS_SQL = `CREATE TRIGGER "Deal_words_insert" AFTER INSERT ON "Deal" BEGIN
${wordMembers('new', 1)}
${wordCounts('new', 1)}
END;

CREATE TRIGGER "Deal_words_delete" BEFORE DELETE ON "Deal" BEGIN
${wordMembers('old', -1)}
${wordCounts('old', -1)}
END;

CREATE TRIGGER "Deal_words_update" AFTER UPDATE OF "id", "searchText", "retiredAt", ${DEAL_COUNT_COLUMNS.map((c) => `"${c}"`).join(', ')} ON "Deal" BEGIN
${wordMembers('old', -1)}
${wordCounts('old', -1)}
${wordMembers('new', 1)}
${wordCounts('new', 1)}
END;

CREATE TRIGGER "DealOrganisation_words_insert" AFTER INSERT ON "DealOrganisation" BEGIN
${wordLink('new', 1)}
END;

CREATE TRIGGER "DealOrganisation_words_delete" AFTER DELETE ON "DealOrganisation" BEGIN
${wordLink('old', -1)}
END;

CREATE TRIGGER "DealOrganisation_words_update" AFTER UPDATE OF "dealId", "organisationId" ON "DealOrganisation" BEGIN
${wordLink('old', -1)}
${wordLink('new', 1)}
END;
`;

// The live deals' stated values per currency (issue 18), kept by triggers on "Deal": in all ('all',
// ''), per facet value (column, value) and per common search word ('word', word). The totals of every
// live deal, of one facet's filter or of one kept word are then a few rows, where summing them walked
// every deal of the view (transfer=no at a million deals: 800,000 of them, 330 ms). A running sum
// stays exact only in whole numbers: an amount is added as a 64-bit integer when it is a whole
// number within that range, and counted in "inexact" when it is not; a sum that outgrows 64 bits
// becomes a REAL (SQLite's `+`). A reader takes the kept sums only when every row it needs is exact
// and their deals add up to the view's kept count; otherwise it sums the deals themselves.
// A deal with no currency is kept under ''.

export const DEAL_SUM_TABLE_SQL = `CREATE TABLE "DealValueSum" (
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "currency" TEXT NOT NULL,
  "deals" INTEGER NOT NULL,
  "valued" INTEGER NOT NULL,
  "amount" NOT NULL, -- no type: a sum that outgrew 64 bits stays the REAL it became, where INTEGER would make it a wrong integer again
  "inexact" INTEGER NOT NULL,
  PRIMARY KEY ("column", "value", "currency")
) WITHOUT ROWID;
`;

/** Whether an amount is added to the kept sums: a whole number a 64-bit integer holds (SQLite's CAST saturates past it). */
export const keptWhole = (amount: number) => Number.isInteger(amount) && amount >= -(2 ** 63) && amount < 2 ** 63;
const wholeSql = (amount: string) => `(${amount} = CAST(${amount} AS INTEGER))`;

/** A deal (`row` of Deal) added to or taken from the sums of its values and of its kept words, if it is live. */
const sumDelta = (row: 'new' | 'old', delta: 1 | -1) => {
  const amount = `${row}."valueAmount"`;
  const sums = `COALESCE(${row}."valueCurrency", ''), ${delta}, ${delta} * (${amount} IS NOT NULL), CASE WHEN ${wholeSql(amount)} THEN ${delta} * CAST(${amount} AS INTEGER) ELSE 0 END, ${delta} * (${amount} IS NOT NULL AND NOT ${wholeSql(amount)})`;
  return `  INSERT INTO "DealValueSum" ("column", "value", "currency", "deals", "valued", "amount", "inexact")
    SELECT "column", "value", ${sums} FROM (${dealValueRows(row)} FROM ${columnNames}) WHERE "value" IS NOT NULL AND ${row}."retiredAt" IS NULL
    UNION ALL SELECT 'word', "w"."word", ${sums} FROM ${wordsOf(row)} AND ${row}."retiredAt" IS NULL
    ON CONFLICT ("column", "value", "currency") DO UPDATE SET "deals" = "deals" + excluded."deals", "valued" = "valued" + excluded."valued", "amount" = "amount" + excluded."amount", "inexact" = "inexact" + excluded."inexact";`;
};

const DEAL_SUM_TRIGGERS = ['Deal_sums_insert', 'Deal_sums_delete', 'Deal_sums_update'];

/** The triggers that keep the sums in step; the sums are filled by {@link keepCommonSearchWords}, with the words. */
export const DEAL_SUM_TRIGGERS_SQL = dealTriggers('sums', ['searchText', 'retiredAt', 'valueCurrency', 'valueAmount', ...DEAL_COUNT_COLUMNS], sumDelta);

/**
 * After a table is rebuilt, no word is kept and no value summed: searches go through the trigram
 * index and totals are summed from the deals until `npm run db:migrate`, which runs next, chooses the
 * words again and fills their lists and the sums (a pass over the deals in JavaScript; the same in
 * SQL, a statement per word, took 85 s at 100,000 deals).
 */
export const DEAL_WORD_FORGET_SQL = `DELETE FROM "DealSearchWord";
DELETE FROM "DealWordMember";
DELETE FROM "DealWordCount";
DELETE FROM "DealValueSum";
`;

export const DROP_DEAL_LINK_TRIGGERS_SQL = [...DEAL_LINK_TRIGGERS, ...DEAL_WORD_TRIGGERS, ...DEAL_SUM_TRIGGERS].map((t) => `DROP TRIGGER IF EXISTS "${t}";`).join('\n');

/**
 * A generated SQLite migration, with the counts' triggers re-created and the counts refilled when it
 * rebuilds "Deal" (both kinds of count) or "DealOrganisation" (the link counts).
 */
export function keepDealCounts(sql: string): string {
  const deal = /DROP TABLE "Deal";/.test(sql);
  if (!deal && !/DROP TABLE "DealOrganisation";/.test(sql)) return sql;
  const links = `-- The links of live deals counted per organisation, the common search words' deals and counts, and the stated values summed (see prisma/scripts/deal-counts.ts): triggers back, counts refilled.\n${DEAL_LINK_TRIGGERS_SQL}\n${DEAL_LINK_FILL_SQL}\n${DEAL_WORD_TRIGGERS_SQL}\n${DEAL_SUM_TRIGGERS_SQL}\n${DEAL_WORD_FORGET_SQL}`;
  const counts = deal ? `-- The live deals counted per facet value (see prisma/scripts/deal-counts.ts): the rebuilt table lost its triggers.\n${DEAL_COUNT_TRIGGERS_SQL}\n${DEAL_COUNT_FILL_SQL}\n` : '';
  return `-- The link and word counts' triggers name both tables: dropped while a table is rebuilt.\n${DROP_DEAL_LINK_TRIGGERS_SQL}\n\n${sql.trimEnd()}\n\n${counts}${links}`;
}

/** A running sum of stated values: whole amounts added exactly (in a double while that is exact, then in a bigint). */
type ValueSum = { deals: number; valued: number; small: number; big: bigint; inexact: number };

function addToSum(sums: Map<string, ValueSum>, currency: string, amount: number | null): void {
  let sum = sums.get(currency);
  if (!sum) sums.set(currency, (sum = { deals: 0, valued: 0, small: 0, big: 0n, inexact: 0 }));
  sum.deals++;
  if (amount === null) return;
  sum.valued++;
  if (!keptWhole(amount)) sum.inexact++;
  else if (Math.abs(amount) >= 2 ** 52) sum.big += BigInt(amount);
  else {
    // Both under 2^52, so their sum is exact in a double.
    sum.small += amount;
    if (Math.abs(sum.small) >= 2 ** 52) [sum.big, sum.small] = [sum.big + BigInt(sum.small), 0];
  }
}

/** A sum as the triggers keep it: a 64-bit integer, or a REAL once it has outgrown one (which a reader takes as inexact). */
function keptAmount(sum: ValueSum): bigint | number {
  const total = sum.big + BigInt(sum.small);
  return total >= -(2n ** 63n) && total < 2n ** 63n ? total : Number(total);
}

/** A word is kept when this many live deals hold it (about where a search's one pass passes 30 ms at 100,000 deals)… */
export const SEARCH_WORD_MIN_DEALS = 5000;
/** …and at most this many words, the commonest first: every kept word a deal holds costs its saves about ten upserts. */
export const SEARCH_WORDS_MAX = 64;
// The words are counted in a sample of at most this many live deals (every n-th by id); only the choice rests on it, never a count.
const SAMPLE_MAX = 100_000;

/**
 * Chooses the common search words of a SQLite database (the words of the deals' search texts held by
 * at least {@link SEARCH_WORD_MIN_DEALS} live deals, at most {@link SEARCH_WORDS_MAX}) and fills
 * their lists and counts, and the stated values' sums (in all, per facet value and per word); the
 * triggers keep them from then on. Returns the words. Run by `npm run db:migrate` while no word is
 * kept or no value summed, and by the bench generator; `npm run db:search-words` chooses again.
 */
export function keepCommonSearchWords(db: Database.Database, { minDeals = SEARCH_WORD_MIN_DEALS, maxWords = SEARCH_WORDS_MAX } = {}): string[] {
  const live = Number(db.prepare(`SELECT COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL`).pluck().get());
  const every = Math.max(1, Math.ceil(live / SAMPLE_MAX));
  const held = new Map<string, number>();
  for (const row of db.prepare(`SELECT "searchText" FROM "Deal" WHERE "retiredAt" IS NULL AND "id" % ? = 0`).pluck().iterate(every) as IterableIterator<string>) {
    for (const word of new Set(row.split(' '))) if (word) held.set(word, (held.get(word) ?? 0) + 1);
  }
  const words = [...held]
    .filter(([, n]) => n * every >= minDeals)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxWords)
    .map(([word]) => word);
  // Every deal read once (a statement per word scanned the wide rows once per word: 85 s at 100,000
  // deals), its text tested for each word as the search's instr does, and the lists and counts written
  // in key order; all in one write transaction, so that no save comes between the reading and the writing.
  db.transaction(() => {
    const links = new Map<number, number[]>();
    for (const [dealId, organisationId] of db.prepare(`SELECT "dealId", "organisationId" FROM "DealOrganisation"`).raw().iterate() as IterableIterator<[number, number]>) {
      const list = links.get(dealId);
      if (list) list.push(organisationId);
      else links.set(dealId, [organisationId]);
    }
    // Each (column, value) a deal is counted under gets a number once, and each word counts its deals
    // in an array by that number: a string key built per word and value held by a deal made this pass
    // 18 s at 100,000 deals (2.4 million of them), three minutes at a million.
    const keys = new Map<string, Map<string, number>>();
    const keyNames: Array<[string, string]> = [];
    const keyOf = (column: string, value: string) => {
      const ofColumn = keys.get(column) ?? keys.set(column, new Map()).get(column)!;
      let key = ofColumn.get(value);
      if (key === undefined) {
        key = keyNames.push([column, value]) - 1;
        ofColumn.set(value, key);
      }
      return key;
    };
    const members = words.map(() => [] as number[]);
    const counts = words.map(() => [] as number[]);
    // The stated values summed per (column, value) key and currency, and per word and currency.
    const valueSums: Array<Map<string, ValueSum>> = [];
    const wordSums = words.map(() => new Map<string, ValueSum>());
    const deals = db
      .prepare(`SELECT "id", "searchText", "retiredAt" IS NULL, COALESCE("valueCurrency", ''), "valueAmount", ${DEAL_COUNT_COLUMNS.map((c) => `CAST("${c}" AS TEXT)`).join(', ')} FROM "Deal" ORDER BY "id"`)
      .raw();
    for (const [id, text, live, currency, amount, ...values] of deals.iterate() as IterableIterator<[number, string, number, string, number | null, ...Array<string | null>]>) {
      let dealKeys: number[] | undefined;
      const valueKeys = live ? [keyOf('all', ''), ...DEAL_COUNT_COLUMNS.flatMap((column, i) => (values[i] === null ? [] : [keyOf(column, values[i]!)]))] : [];
      for (const key of valueKeys) addToSum((valueSums[key] ??= new Map()), currency, amount);
      for (let w = 0; w < words.length; w++) {
        if (!text.includes(words[w]!)) continue;
        members[w]!.push(id);
        if (!live) continue;
        addToSum(wordSums[w]!, currency, amount);
        dealKeys ??= [...valueKeys, ...(links.get(id) ?? []).map((organisationId) => keyOf('organisationId', String(organisationId)))];
        const counted = counts[w]!;
        for (const key of dealKeys) counted[key] = (counted[key] ?? 0) + 1;
      }
    }
    db.exec(DEAL_WORD_FORGET_SQL);
    const word = db.prepare(`INSERT INTO "DealSearchWord" ("word") VALUES (?)`);
    // The lists written a hundred rows per statement (24 million rows at a million deals).
    const batch = 100;
    const members100 = db.prepare(`INSERT INTO "DealWordMember" ("word", "dealId") VALUES ${Array(batch).fill('(?, ?)').join(', ')}`);
    const member = db.prepare(`INSERT INTO "DealWordMember" ("word", "dealId") VALUES (?, ?)`);
    const counted = db.prepare(`INSERT INTO "DealWordCount" ("word", "column", "value", "count") VALUES (?, ?, ?, ?)`);
    const summed = db.prepare(`INSERT INTO "DealValueSum" ("column", "value", "currency", "deals", "valued", "amount", "inexact") VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const writeSums = (column: string, value: string, sums: Map<string, ValueSum>) => {
      for (const [currency, sum] of sums) summed.run(column, value, currency, sum.deals, sum.valued, keptAmount(sum), sum.inexact);
    };
    const order = words.map((w, i) => [w, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const [w, i] of order) {
      word.run(w);
      const ids = members[i]!;
      let at = 0;
      for (; at + batch <= ids.length; at += batch) members100.run(ids.slice(at, at + batch).flatMap((id) => [w, id]));
      for (; at < ids.length; at++) member.run(w, ids[at]);
      counts[i]!.forEach((n, key) => counted.run(w, ...keyNames[key]!, n));
      writeSums('word', w, wordSums[i]!);
    }
    valueSums.forEach((sums, key) => writeSums(...keyNames[key]!, sums));
  }).immediate();
  return words;
}
