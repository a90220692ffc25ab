// Export → import is lossless for every string: the CSV writer's spreadsheet guard (an apostrophe
// before a formula) is undone by the import reader for exactly the cells it guarded, including text
// that itself starts with apostrophes, and a spreadsheet still never sees a formula.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealEditor } from '@/lib/records/deal';
import { saveRecord } from '@/lib/editing/save';
import { toCsv } from '@/lib/export/csv';
import { exportResponse } from '@/lib/export/respond';
import { planImport } from '@/lib/import/plan';
import { decodeCsv, readCsv } from '@/lib/import/read-csv';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

/** What a spreadsheet runs as a formula when a cell starts with it. */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const awkwardStarts = ["'", "''", "'''", '=', "'=", "''=", '+', "'+", '-', "'-", '@', "'@", '\t', "'\t", '\r', '\n', '"', "'\"", '#', ' ', '\uFF1D', "'\uFF0B", '\uFEFF'];
const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.constantFrom(...awkwardStarts), fc.string({ unit: 'grapheme-ascii' }), fc.constantFrom('', '\r\n', '\n', '"', "'", ',')).map((parts) => parts.join('')),
);

/** Rows of cells through the real writer, as bytes, and back through the real reader. */
async function roundTrip(rows: string[][]): Promise<string[][]> {
  const header = ['key', ...rows[0]!.map((_, i) => `column_${i}`)];
  const csv = toCsv(header, rows.map((cells, i) => [`row-${i}`, ...cells]), ['a citation line']);
  const decoded = decodeCsv(new TextEncoder().encode(csv));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
  const read = await readCsv(decoded.text);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.table.rows.map((r) => r.cells.slice(1));
}

describe('the CSV writer and the import reader', () => {
  it('read back every string exactly as it was written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(text, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })), async (rows) => {
        expect(await roundTrip(rows)).toEqual(rows);
      }),
      { numRuns: 400 },
    );
  });

  it('read back the strings the guard used to lose', async () => {
    const rows = [["'=x", "''=x", "'+1", "'-", "'@SUM(A1)", "'tis", "''tis", "'", "''", "'\t=1", '=1+1', "'\uFF1D1"]];
    expect(await roundTrip(rows)).toEqual(rows);
  });

  it('read back a file of many chunks, whatever falls on their edges', async () => {
    // Over 16 KiB, so the reader parses it in several pieces; each row shifts where the pieces end.
    const rows = Array.from({ length: 24 }, (_, i) => [`${'x'.repeat(i)}${'한😀"\r\n'.repeat(300)}`, `'=${i}`]);
    expect(await roundTrip(rows)).toEqual(rows);
  });

  it('still guard every cell a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (cells) => {
        const [, written = []] = parse(toCsv(cells.map((_, i) => `c${i}`), [cells]), { bom: true }) as string[][];
        for (const [i, cell] of written.entries()) {
          expect(cell, JSON.stringify(cells[i])).not.toMatch(FORMULA);
          if (FORMULA.test(cells[i]!) || /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cells[i]!)) expect(cell).toBe(`'${cells[i]}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('a record whose text starts with an apostrophe and a formula character', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await seed(temp.db);
  });
  afterAll(() => temp.dispose());

  it('is exported and imported again with nothing to change', async () => {
    const record = (await temp.db.deal.findFirstOrThrow({ orderBy: { id: 'asc' } })).slug;
    const current = (await dealEditor.load(temp.db, record))!;
    const values = { ...dealEditor.toValues(current), summary: "'=HYPERLINK(\"http://example.invalid\") is quoted text, not a formula", system: "'+1 variant" };
    expect(await saveRecord(temp.db, dealEditor, { key: record, expectedVersion: current.version, values, note: 'Text that looks like a guard', author: { id: null, name: 'Ivo Importer' } })).toMatchObject({ ok: true });

    const response = await exportResponse(new Request('http://ties.test/api/deals?format=csv'), 'deals', temp.db);
    const decoded = decodeCsv(new Uint8Array(await response.arrayBuffer()));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
    const planned = await planImport(temp.db, decoded.text, 'Round trip of the export');
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    const row = planned.plan.rows.find((r) => r.key === record);
    expect(row, JSON.stringify(row?.changes)).toMatchObject({ action: 'unchanged', changes: [] });
    expect(planned.plan.counts.update).toBe(0);
  });
});
