// Dated releases against a real database: the Data Package describes exactly the CSVs it holds, the
// CSVs hold every row of each list, the SQLite file opens and holds the same deals, versions only
// go up, the changelog draft holds what changed since the previous release and nothing before, and
// nothing can change a release once published.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealEditor } from '@/lib/records/deal';
import { saveRecord } from '@/lib/editing/save';
import { listKinds, listOfKind, readView } from '@/lib/lists';
import { draftChangelog } from '@/lib/releases/changelog';
import { publishRelease } from '@/lib/releases/publish';
import { getReleaseFile, latestRelease, listReleases } from '@/lib/releases/queries';
import { compareVersions, nextVersion, versionProblem } from '@/lib/releases/version';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let author: { id: number; name: string };
const origin = 'https://ties.example';
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  author = await temp.db.user.create({ data: { email: 'rel@example.org', name: 'Rhea Release', passwordHash: 'secret-hash', role: 'admin' }, select: { id: true, name: true } });
  await temp.db.session.create({ data: { id: 'a'.repeat(64), userId: author.id, expiresAt: new Date(Date.now() + 86_400_000) } });
}, 120_000);
afterAll(() => temp.dispose());

const publish = (version: string, changelog = 'What changed.', now = new Date()) =>
  publishRelease(temp.db, temp.target, { version, changelog }, { publishedBy: author.name, origin, now });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const csv = (bytes: Uint8Array): string[][] => parse(text(bytes), { bom: true, relax_column_count: false });

describe('release versions', () => {
  it('are the year and a number, compared as numbers', () => {
    expect(compareVersions('2026.10', '2026.9')).toBeGreaterThan(0);
    expect(compareVersions('2027.1', '2026.99')).toBeGreaterThan(0);
    expect(versionProblem('2026', [])).toBe('malformed');
    expect(versionProblem('v2026.1', [])).toBe('malformed');
    expect(versionProblem('2026.1234', [])).toBe('malformed');
    expect(versionProblem('2026.2', ['2026.2'])).toBe('taken');
    expect(versionProblem('2026.02', ['2026.2'])).toBe('taken');
    expect(versionProblem('2026.1', ['2026.2'])).toBe('notGreater');
    expect(versionProblem('2026.3', ['2026.2', '2025.7'])).toBeNull();
    expect(nextVersion([], new Date('2026-12-01'))).toBe('2026.1');
    expect(nextVersion(['2026.1', '2026.2'], new Date('2026-12-01'))).toBe('2026.3');
    expect(nextVersion(['2025.4'], new Date('2026-12-01'))).toBe('2026.1');
  });
});

describe('a published release', () => {
  let first: Awaited<ReturnType<typeof publish>>;
  const file = async (name: string) => (await getReleaseFile('2026.1', name, temp.db))!;

  beforeAll(async () => {
    // A change before the release: the next release's draft must leave it out.
    const rec = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 5 } });
    await applyRecommendationChange(temp.db, author, 5, recommendationChangeSchema.parse({ expectedVersion: rec.version, note: 'Before the first release.', priority: !rec.priority }));
    first = await publish('2026.1', 'The first release.');
  }, 120_000);

  it('is listed with its files, the zip among them', async () => {
    expect(first).toMatchObject({ ok: true, version: '2026.1' });
    const [release] = await listReleases(temp.db);
    expect(release).toMatchObject({ version: '2026.1', changelog: 'The first release.', publishedBy: 'Rhea Release' });
    expect(release!.files.map((f) => f.name)).toEqual(expect.arrayContaining(['datapackage.json', 'CITATION.cff', 'ties-2026.1.zip', 'tracker-history.csv', 'register-revisions.csv', ...listKinds.map((k) => `${k}.csv`)]));
  });

  it('describes every CSV in datapackage.json, with the fields of its header', async () => {
    const pkg = JSON.parse(text((await file('datapackage.json')).bytes));
    expect(pkg).toMatchObject({ name: 'ties', version: '2026.1', profile: 'data-package' });
    const csvs = (await listReleases(temp.db))[0]!.files.filter((f) => f.name.endsWith('.csv'));
    const resources = pkg.resources.filter((r: { format: string }) => r.format === 'csv');
    expect(resources.map((r: { path: string }) => r.path).sort()).toEqual(csvs.map((f) => f.name).sort());
    for (const resource of resources) {
      const stored = await file(resource.path);
      expect(resource).toMatchObject({ mediatype: 'text/csv', encoding: 'utf-8', bytes: stored.size, hash: `sha256:${stored.sha256}` });
      const [header] = csv(stored.bytes);
      expect(resource.schema.fields.map((f: { name: string }) => f.name), resource.path).toEqual(header);
      const rows = csv(stored.bytes).slice(1);
      resource.schema.fields.forEach((field: { name: string; type: string; description: string }, i: number) => {
        expect(field.description, `${resource.path} ${field.name}`).toMatch(/\w/);
        // Every value of the column is of the field's type.
        const pattern = { string: /[\s\S]*/, number: /^-?\d+(\.\d+)?(e[+-]?\d+)?$/, boolean: /^(true|false)$/, date: /^\d{4}-\d{2}-\d{2}$/, datetime: /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/ }[field.type];
        expect(pattern, `${resource.path} ${field.name}: ${field.type}`).toBeDefined();
        for (const row of rows) if (row[i]) expect(row[i], `${resource.path} ${field.name}`).toMatch(pattern!);
      });
    }
    const fieldsOf = (name: string) => Object.fromEntries(pkg.resources.find((r: { name: string }) => r.name === name).schema.fields.map((f: { name: string; type: string }) => [f.name, f.type]));
    // Types the records declare, whether or not a value is there to show them.
    expect(fieldsOf('deals')).toMatchObject({ value_amount: 'number', localisation: 'boolean', updated_at: 'datetime', organisations: 'string' });
    expect(fieldsOf('instruments')).toMatchObject({ period_start: 'number', period_end: 'number', budget_amount: 'number' });
  });

  it('holds every row of each list, exactly as the API exports it', async () => {
    for (const kind of listKinds) {
      const rows = csv((await file(`${kind}.csv`)).bytes).slice(1);
      expect(rows.length, kind).toBe(await listOfKind(kind).count(readView(kind, {}).filters as never, temp.db));
    }
    const history = csv((await file('tracker-history.csv')).bytes).slice(1);
    expect(history.length).toBe(await temp.db.historyEntry.count());
  });

  it('holds the SQLite database, which opens and has the same deals, and no accounts or sessions', async () => {
    if (temp.target.provider !== 'sqlite') {
      // On PostgreSQL there is no database file, and the package says so.
      expect(await getReleaseFile('2026.1', 'ties.db', temp.db)).toBeNull();
      expect(JSON.parse(text((await file('datapackage.json')).bytes)).description).toContain('runs on PostgreSQL, so the release holds no database file');
      return;
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ties-release-test-'));
    try {
      const out = path.join(dir, 'ties.db');
      writeFileSync(out, (await file('ties.db')).bytes);
      const copy = new Database(out, { readonly: true });
      const count = (table: string) => (copy.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
      expect(count('Deal')).toBe(await temp.db.deal.count());
      expect(count('User')).toBe(0);
      expect(count('Session')).toBe(0);
      expect(count('ReleaseFile')).toBe(0);
      copy.close();
      expect(readFileSync(out).includes('secret-hash')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('downloads whole as a zip of the same files, with a CITATION.cff that cites the paper', async () => {
    const zip = unzipSync((await file('ties-2026.1.zip')).bytes);
    expect(Object.keys(zip)).toContain('datapackage.json');
    expect(text(zip['datapackage.json']!)).toBe(text((await file('datapackage.json')).bytes));
    const cff = text(zip['CITATION.cff']!);
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toContain('version: "2026.1"');
    expect(cff).toMatch(/^date-released: \d{4}-\d{2}-\d{2}$/m);
    expect(cff).toMatch(/references:\n {2}- type: report\n {4}title: "Ties That Truly Bind\?/);
    expect(cff).toContain('family-names: "Fiott"');
  });

  it('refuses a second publish of the same version, a lower one and a malformed one', async () => {
    expect(await publish('2026.1')).toEqual({ ok: false, problems: { version: 'versionTaken' } });
    expect(await publish('2025.9')).toEqual({ ok: false, problems: { version: 'versionNotGreater' } });
    expect(await publish('26.1')).toEqual({ ok: false, problems: { version: 'versionMalformed' } });
    expect(await publishRelease(temp.db, temp.target, { version: '2026.5', changelog: '  ' }, { publishedBy: 'x', origin })).toEqual({ ok: false, problems: { changelog: 'changelogRequired' } });
    expect(await temp.db.release.count()).toBe(1);
  });

  it('cannot be changed or deleted, by the app or behind its back', async () => {
    const release = await temp.db.release.findUniqueOrThrow({ where: { version: '2026.1' } });
    await expect(temp.db.release.update({ where: { id: release.id }, data: { changelog: 'Rewritten' } })).rejects.toThrow();
    await expect(temp.db.releaseFile.updateMany({ where: { releaseId: release.id }, data: { sha256: 'x' } })).rejects.toThrow();
    await expect(temp.db.releaseFile.deleteMany({ where: { releaseId: release.id } })).rejects.toThrow();
    await expect(temp.db.release.delete({ where: { id: release.id } })).rejects.toThrow();
    expect(await temp.db.release.findUniqueOrThrow({ where: { id: release.id } })).toMatchObject({ changelog: 'The first release.' });
    // Nothing in the code offers to: no update or delete of a release anywhere in lib/ or app/.
    const sources = ['lib/releases/publish.ts', 'lib/releases/queries.ts', 'lib/actions/releases.ts', 'app/api/releases/route.ts', 'app/api/releases/[version]/[file]/route.ts'].map((p) =>
      readFileSync(path.resolve(__dirname, '../..', p), 'utf8'),
    );
    for (const source of sources) expect(source).not.toMatch(/\b(release|releaseFile)\.(update|updateMany|upsert|delete|deleteMany)\b/);
    for (const source of sources.slice(3)) expect(source).not.toMatch(/export (?:const|(?:async )?function) (POST|PUT|PATCH|DELETE)\b/);
  });

  it('drafts the next changelog from what changed after it, and nothing before', async () => {
    const since = (await latestRelease(temp.db))!.publishedAt;
    const everything = await draftChangelog(null, undefined, temp.db);
    expect(everything.text).toMatch(/^- Recommendation 5, /m);
    const empty = await draftChangelog(since, undefined, temp.db);
    expect(empty).toMatchObject({ saves: 0, revisions: 0, cut: false });

    const rec = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 3 } });
    const saved = await applyRecommendationChange(temp.db, author, 3, recommendationChangeSchema.parse({ expectedVersion: rec.version, note: 'Reviewed for the release.', priority: !rec.priority }));
    expect(saved).toMatchObject({ ok: true });
    const slug = (await temp.db.deal.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: 'asc' } })).slug;
    const record = (await dealEditor.load(temp.db, slug))!;
    const values = dealEditor.toValues(record);
    const edited = await saveRecord(temp.db, dealEditor, { key: slug, expectedVersion: dealEditor.versionOf(record), values: { ...values, summary: `${values.summary} Updated for the release test.` }, note: 'A fuller summary.', author: { id: author.id, name: author.name } });
    expect(edited).toMatchObject({ ok: true, action: 'update' });

    const draft = await draftChangelog(since, undefined, temp.db);
    expect(draft).toMatchObject({ saves: 1, revisions: 1, cut: false });
    expect(draft.text).toMatch(/^- Recommendation 3, version \d+ \(\d{4}-\d{2}-\d{2}\): Priority/m);
    // Worded as the record's history page words it: the kind of record, the action and the field's label.
    expect(draft.text).toContain(`- Deal ${slug}: Changed (Summary), version `);
    // Nothing from before the release: not the save on recommendation 5, nor the seed's own history.
    expect(draft.text).not.toMatch(/^- Recommendation 5, /m);
    expect(draft.text.match(/^- /gm)).toHaveLength(2);

    const cut = await draftChangelog(null, 0, temp.db);
    expect(cut.cut).toBe(true);
    expect(cut.text).toContain('This draft was cut');
  });

  it('drafts the same changelog in Korean: the same lines and facts, in the words of the Korean pages, no English left', async () => {
    const since = (await latestRelease(temp.db))!.publishedAt;
    // A save with a stage move and an actor's response besides the saves above.
    const rec = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 4 }, include: { actors: true } });
    const change = recommendationChangeSchema.parse({
      expectedVersion: rec.version,
      note: 'Moved for the release test.',
      stage: 'in-progress',
      addResponses: [{ actor: rec.actors[0]!.actor, respondedOn: '2026-03-03', position: 'A stated position.', positionKo: '밝혀진 입장.', evidenceUrl: 'https://example.org/position' }],
    });
    expect(await applyRecommendationChange(temp.db, author, 4, change)).toMatchObject({ ok: true });
    const draft = await draftChangelog(since, undefined, temp.db);
    const slug = (await temp.db.revision.findFirstOrThrow({ where: { at: { gt: since } } })).recordKey;
    const en = draft.text.split('\n');
    const ko = draft.textKo.split('\n');

    // The same facts: line by line, the same numbers (recommendations, versions, days, counts; a day's
    // parts in the order each language writes them) and the same records.
    expect(ko).toHaveLength(en.length);
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const numbers = (line: string) => (line.replace(new RegExp(months.join('|'), 'g'), (m) => String(months.indexOf(m) + 1)).match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);
    ko.forEach((line, i) => expect(numbers(line), `line ${i + 1}: ${line}`).toEqual(numbers(en[i]!)));
    expect(draft.textKo).toMatch(/^- 권고 3, 버전 \d+ \(\d{4}-\d{2}-\d{2}\): 우선순위 — 우선 과제 아님 → 우선 과제$/m);
    expect(draft.textKo).toMatch(/^- 권고 4, 버전 \d+ \(\d{4}-\d{2}-\d{2}\): 현황 — 평가 전 → 진행 중; 입장·반응 — .+, 2026년 3월 3일: 밝혀진 입장\.$/m);
    expect(draft.textKo).toContain(`- 협력 사례 ${slug}: 변경 (요약), 버전 `);
    expect(draft.textKo).toMatch(/^권고 이행 현황\(저장 2건\):$/m);
    expect(draft.textKo).toMatch(/^등록부\(변경 1건\):$/m);

    // No English left: only the records' codes, the day and time, and actors' proper names.
    const left = draft.textKo.replaceAll(slug, '').replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, '').replace(/\b(EU|NATO)\b/g, '');
    expect(left.match(/[A-Za-z]+/g)).toBeNull();

    // A cut draft says so in Korean too.
    expect((await draftChangelog(null, 0, temp.db)).textKo).toContain('이 초안은 잘렸습니다');
  });
});
