// The CSV import on a real seeded database: the export reads back unchanged, a bad row stops the
// whole file, and every kind of broken file is refused with a reason and changes nothing.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealEditor } from '@/lib/records/deal';
import { saveRecord } from '@/lib/editing/save';
import { toCsv } from '@/lib/export/csv';
import { exportResponse } from '@/lib/export/respond';
import { applyImport } from '@/lib/import/apply';
import { planImport } from '@/lib/import/plan';
import { decodeCsv, readCsv } from '@/lib/import/read-csv';
import type { ImportPlan } from '@/lib/import/types';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const author = { id: null, name: 'Ivo Importer' };
const note = 'Import of contracts, November 2026';

/** The export of a list, as the bytes a browser would download. */
async function exportBytes(list: 'deals' | 'instruments' | 'sources'): Promise<Uint8Array> {
  const response = await exportResponse(new Request(`http://ties.test/api/${list}?format=csv`), list, temp.db);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

/** The export's header and raw cells (formula guards kept), to edit and write back with toCsv. */
async function exportTable(list: 'deals' | 'instruments' | 'sources') {
  const text = new TextDecoder().decode(await exportBytes(list));
  const [header = [], ...rows] = parse(text, { comment: '#', comment_no_infix: true }) as string[][];
  return { header, rows };
}

const decode = (bytes: Uint8Array) => {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) throw new Error(`could not decode: ${JSON.stringify(decoded.problem)}`);
  return decoded.text;
};

async function planned(text: string): Promise<ImportPlan> {
  const result = await planImport(temp.db, text, note);
  if (!result.ok) throw new Error(`file refused: ${JSON.stringify(result.problems)}`);
  return result.plan;
}

async function snapshot() {
  const [deals, revisions, dealRows] = await Promise.all([
    temp.db.deal.count(),
    temp.db.revision.count(),
    temp.db.deal.findMany({ orderBy: { id: 'asc' }, select: { slug: true, title: true, summary: true, version: true } }),
  ]);
  return { deals, revisions, dealRows };
}

const newDeal: Record<string, string> = {
  slug: 'hanwha-k9-romania-2026-import',
  title: 'K9 howitzers for Romania (imported follow-on order)',
  title_ko: '',
  system: 'K9 howitzer',
  domain: 'land',
  cooperation_type: 'export',
  stage: 'contract',
  partner_country: 'RO',
  organisations: 'hanwha-aerospace:prime-contractor',
  date: '2026-03',
  value_amount: '36000000',
  value_currency: 'EUR',
  value_text: '€36 million',
  value_source: 'fiott-2025-ties-that-truly-bind',
  localisation: 'false',
  technology_transfer: 'false',
  summary: 'A synthetic follow-on order used by the import tests.',
  summary_ko: '',
  sources: 'fiott-2025-ties-that-truly-bind',
  updated_at: '',
  url: '',
};
const asRow = (header: string[], values: Record<string, string>) => header.map((h) => values[h] ?? '');

describe('round trip', () => {
  for (const list of ['deals', 'instruments', 'sources'] as const) {
    it(`the ${list} export reads back with every row unchanged, and applying it writes nothing`, async () => {
      const before = await snapshot();
      const text = decode(await exportBytes(list));
      const plan = await planned(text);
      expect(plan.entity).toBe({ deals: 'deal', instruments: 'instrument', sources: 'source' }[list]);
      expect(plan.rows.length).toBeGreaterThan(0);
      for (const row of plan.rows) expect(row, `${row.key}: ${JSON.stringify(row.changes)} ${JSON.stringify(row.errors)}`).toMatchObject({ action: 'unchanged' });
      expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: plan.rows.length, rejected: 0 });
      const applied = await applyImport(temp.db, { text, note, digest: plan.digest, author });
      expect(applied).toMatchObject({ ok: true, applied: 0 });
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe('a file with one bad row among good ones', () => {
  it('is refused as a whole, naming the bad row; without it, the rest applies in one go', async () => {
    const { header, rows } = await exportTable('deals');
    const slugAt = header.indexOf('slug');
    const titleAt = header.indexOf('title');
    const changed = [...rows[1]!];
    changed[titleAt] = `${changed[titleAt]} (amended)`;
    const bad = asRow(header, { ...newDeal, slug: 'deal-with-unknown-firm', organisations: 'no-such-firm:prime-contractor' });
    const good = asRow(header, newDeal);
    const text = toCsv(header, [rows[0]!, changed, good, bad], ['Ties test file']);

    const before = await snapshot();
    const plan = await planned(text);
    expect(plan.rows.map((r) => [r.row, r.key, r.action])).toEqual([
      [3, rows[0]![slugAt], 'unchanged'],
      [4, changed[slugAt], 'update'],
      [5, newDeal.slug, 'create'],
      [6, 'deal-with-unknown-firm', 'rejected'],
    ]);
    expect(plan.rows[1]!.changes).toEqual([{ field: 'title', from: rows[1]![titleAt], to: changed[titleAt] }]);
    expect(plan.rows[3]!.errors.organisations).toEqual([{ code: 'unknown', params: { values: 'no-such-firm' } }]);
    expect(plan.counts).toEqual({ create: 1, update: 1, unchanged: 1, rejected: 1 });

    const refused = await applyImport(temp.db, { text, note, digest: plan.digest, author });
    expect(refused).toMatchObject({ ok: false, reason: 'rejected', rows: [{ row: 6, key: 'deal-with-unknown-firm' }] });
    expect(await snapshot()).toEqual(before);

    const fixed = toCsv(header, [rows[0]!, changed, good], ['Ties test file']);
    const fixedPlan = await planned(fixed);
    const applied = await applyImport(temp.db, { text: fixed, note, digest: fixedPlan.digest, author });
    expect(applied).toMatchObject({ ok: true, applied: 2 });
    const after = await snapshot();
    expect(after.deals).toBe(before.deals + 1);
    const revisions = await temp.db.revision.findMany({ where: { id: { gt: 0 } }, orderBy: { id: 'desc' }, take: 2 });
    expect(revisions.map((r) => [r.recordKey, r.action, r.viaImport, r.note, r.authorName])).toEqual([
      [newDeal.slug, 'create', true, note, author.name],
      [changed[slugAt], 'update', true, note, author.name],
    ]);
    expect((await temp.db.deal.findUniqueOrThrow({ where: { slug: changed[slugAt] } })).title).toBe(changed[titleAt]);
  });

  it('is refused when the register changed after the dry run, with the new dry run', async () => {
    const { header, rows } = await exportTable('deals');
    const titleAt = header.indexOf('title');
    const changed = [...rows[2]!];
    changed[titleAt] = `${changed[titleAt]} (second amendment)`;
    const text = toCsv(header, [changed]);
    const plan = await planned(text);
    expect(plan.rows[0]!.action).toBe('update');

    // Meanwhile an editor changes the same deal in the form.
    const slug = changed[header.indexOf('slug')]!;
    const record = (await dealEditor.load(temp.db, slug))!;
    const saved = await saveRecord(temp.db, dealEditor, { key: slug, expectedVersion: record.version, values: { ...dealEditor.toValues(record), stage: 'deliveries' }, note: 'Deliveries began', author });
    expect(saved.ok).toBe(true);

    const before = await snapshot();
    const refused = await applyImport(temp.db, { text, note, digest: plan.digest, author });
    expect(refused).toMatchObject({ ok: false, reason: 'stale' });
    if (!refused.ok && refused.reason === 'stale') expect(refused.plan.rows[0]!.changes.map((c) => c.field)).toEqual(['title', 'stage']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a digest that does not belong to the file and note', async () => {
    const { header, rows } = await exportTable('deals');
    const changed = [...rows[3]!];
    changed[header.indexOf('system')] = 'Something else';
    const text = toCsv(header, [changed]);
    const plan = await planned(text);
    const before = await snapshot();
    expect(await applyImport(temp.db, { text, note: 'Another note entirely', digest: plan.digest, author })).toMatchObject({ ok: false, reason: 'stale' });
    expect(await applyImport(temp.db, { text, note, digest: 'forged', author })).toMatchObject({ ok: false, reason: 'stale' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('broken files are refused with a reason, and change nothing', () => {
  const header = Object.keys(newDeal);
  const quoted = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  const goodLine = quoted(asRow(header, newDeal));

  async function problems(text: string) {
    const before = await snapshot();
    const result = await planImport(temp.db, text, note);
    expect(result.ok).toBe(false);
    const applied = await applyImport(temp.db, { text, note, digest: 'any', author });
    expect(applied.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
    return result.ok ? [] : result.problems;
  }

  it('an unclosed quote, with its line', async () => {
    expect(await problems(`# citation\r\n${quoted(header)}\r\n${goodLine}\r\n"x","y\r\n`)).toEqual([{ code: 'unclosedQuote', params: { line: 4 } }]);
  });

  it('a ragged row, with its line', async () => {
    expect(await problems(`${quoted(header)}\r\n${goodLine}\r\n"a","b"\r\n`)).toEqual([{ code: 'ragged', params: { line: 3 } }]);
  });

  it('text after a closing quote', async () => {
    expect((await problems(`${quoted(header)}\r\n"a"b,${goodLine.slice(goodLine.indexOf(',') + 1)}\r\n`))[0]?.code).toBe('badQuote');
  });

  it('an empty file, or one with a header and no rows', async () => {
    expect(await problems('')).toEqual([{ code: 'empty' }]);
    expect(await problems('\uFEFF# citation only\r\n')).toEqual([{ code: 'empty' }]);
    expect(await problems(`${quoted(header)}\r\n`)).toEqual([{ code: 'noRows' }]);
  });

  it('bytes that are not UTF-8 (Latin-1, EUC-KR)', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('"slug","title"\r\n"a","Caf'), 0xe9, 0x22, 0x0d, 0x0a]);
    const eucKr = Uint8Array.from([...new TextEncoder().encode('"slug","title"\r\n"a","'), 0xc7, 0xd1, 0xb1, 0xb9, 0x22]);
    expect(decodeCsv(latin1)).toEqual({ ok: false, problem: { code: 'encoding' } });
    expect(decodeCsv(eucKr)).toEqual({ ok: false, problem: { code: 'encoding' } });
    expect(decodeCsv(new TextEncoder().encode('\uFEFF"한국"'))).toEqual({ ok: true, text: '"한국"' });
  });

  it('over 1 MiB, or over 5,000 rows', async () => {
    const big = new TextEncoder().encode(`${quoted(header)}\r\n${goodLine}\r\n`.padEnd(1024 * 1024 + 1, ' '));
    expect(decodeCsv(big)).toEqual({ ok: false, problem: { code: 'tooLarge', params: { max: '1 MiB' } } });
    const many = `"slug","title"\r\n${Array.from({ length: 5001 }, (_, i) => `"d${i}","t"`).join('\r\n')}\r\n`;
    expect(await problems(many)).toEqual([{ code: 'tooManyRows', params: { max: 5000, count: 5001 } }]);
  });

  it('the same record twice, naming the key and both rows', async () => {
    expect(await problems(`# citation\r\n${quoted(header)}\r\n${goodLine}\r\n${goodLine}\r\n`)).toEqual([{ code: 'duplicateRows', params: { key: newDeal.slug, rows: '3, 4' } }]);
  });

  it('unknown, missing or repeated columns; a header that is no export', async () => {
    expect(await problems(`${quoted([...header, 'colour'])}\r\n${goodLine},"red"\r\n`)).toEqual([{ code: 'unknownColumns', params: { columns: 'colour', entity: 'deal' } }]);
    const withoutSources = header.filter((h) => h !== 'sources');
    expect(await problems(`${quoted(withoutSources)}\r\n${quoted(asRow(withoutSources, newDeal))}\r\n`)).toEqual([{ code: 'missingColumns', params: { columns: 'sources', entity: 'deal' } }]);
    expect((await problems(`${quoted([...header, 'slug'])}\r\n${goodLine},"x"\r\n`))[0]?.code).toBe('duplicateColumns');
    expect((await problems('"a","b"\r\n"1","2"\r\n'))[0]?.code).toBe('unknownKind');
  });

  it('a note too short to say why', async () => {
    const result = await planImport(temp.db, `${quoted(header)}\r\n${goodLine}\r\n`, 'x');
    expect(result).toEqual({ ok: false, problems: [{ code: 'note', params: { min: 3 } }] });
  });
});

describe('formula guards', () => {
  it('a guarded cell reads back as the text it guards, both ways', async () => {
    const { header, rows } = await exportTable('deals');
    const slug = rows[4]![header.indexOf('slug')]!;
    const summaryAt = header.indexOf('summary');
    const edited = [...rows[4]!];
    edited[summaryAt] = '=HYPERLINK("http://example.invalid","click") is not a formula here';
    // toCsv guards the new cell as the export does.
    const text = toCsv(header, [edited], ['citation']);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid""`);
    const plan = await planned(text);
    expect(plan.rows[0]!.changes).toEqual([{ field: 'summary', from: rows[4]![summaryAt], to: edited[summaryAt] }]);
    expect(await applyImport(temp.db, { text, note, digest: plan.digest, author })).toMatchObject({ ok: true, applied: 1 });
    expect((await temp.db.deal.findUniqueOrThrow({ where: { slug } })).summary).toBe(edited[summaryAt]);

    // Exported again, the guarded cell reads back unchanged.
    const again = await planned(decode(await exportBytes('deals')));
    expect(again.rows.find((r) => r.key === slug)).toMatchObject({ action: 'unchanged' });
    expect(await readCsv(`"slug","x"\r\n"a","'-1"\r\n"b","'tis"\r\n`)).toMatchObject({ ok: true, table: { rows: [{ cells: ['a', '-1'] }, { cells: ['b', "'tis"] }] } });
  });
});
