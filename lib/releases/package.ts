// A release's files: a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/,
// v1). `datapackage.json` describes every resource and field; each list is the CSV that
// `/api/<list>?format=csv` answers with no filter (every row, made by the same code); the tracker's
// and the register's histories are CSVs of their own; `CITATION.cff` says how to cite it; on SQLite
// the database itself rides along. The zip holds them all, as one download.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { DatabaseTarget } from '@/lib/database-url';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { csvHead, csvRows } from '@/lib/export/csv';
import { loadExport, rowCells } from '@/lib/export/datasets';
import { exportResponse } from '@/lib/export/respond';
import { translatorFor } from '@/lib/i18n/translator';
import { type ListKind, listKinds, readView } from '@/lib/lists';
import { PAPER_SOURCE } from '@/lib/paper';
import type { Cell } from '@/lib/records/column';
import { deal } from '@/lib/records/deal';
import { instrument } from '@/lib/records/instrument';
import { source } from '@/lib/records/source';
import { sqliteSnapshot } from './sqlite';
import type { SavedRow } from '@/lib/tracker/saves';

export const DATA_TITLE = 'Ties: a dashboard of defence industrial cooperation between South Korea, the EU and NATO';

export type ReleaseFileData = { name: string; mediaType: string; bytes: Uint8Array; sha256: string; size: number };

/** A field of a CSV resource, as Table Schema describes it. */
export type PackageField = { name: string; type: 'string' | 'number' | 'boolean' | 'date' | 'datetime'; description: string };

export type PackageContext = {
  version: string;
  publishedAt: Date;
  publishedBy: string;
  /** The site's address: the CSVs' links and the package's home page use it. */
  origin: string;
};

export const CSV_MEDIA_TYPE = 'text/csv';
export const SQLITE_FILE = 'ties.db';
export const zipName = (version: string) => `ties-${version}.zip`;

/** The largest SQLite database a release holds a copy of. */
export const SQLITE_IN_RELEASE_MAX_BYTES = 64 * 1024 * 1024;

const encoder = new TextEncoder();
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const file = (name: string, mediaType: string, bytes: Uint8Array): ReleaseFileData => ({ name, mediaType, bytes, sha256: sha256(bytes), size: bytes.byteLength });

/**
 * A column's Table Schema type where its record declares none (below), from the values it holds: the
 * columns (lib/records) name and word their values but carry no type. Lists ("a; b") are text.
 */
function fieldType(values: Iterable<Cell>): PackageField['type'] {
  let type: PackageField['type'] | null = null;
  for (const value of values) {
    if (value === null || value === undefined || value === '') continue;
    const here: PackageField['type'] =
      typeof value === 'number'
        ? 'number'
        : typeof value === 'boolean'
          ? 'boolean'
          : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? 'date'
            : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)
              ? 'datetime'
              : 'string';
    if (type !== null && type !== here) return 'string';
    type = here;
  }
  return type ?? 'string';
}

const LIST_NOTE = 'A list: its items are separated by "; ".';

/** The types a record's own fields declare (a number field, a checkbox), where a list has a record behind it. */
const declaredKinds: Partial<Record<ListKind, ReadonlyArray<{ name: string; kind: string }>>> = { deals: deal.fields, instruments: instrument.fields, sources: source.fields };
const declaredType = (kind: ListKind, name: string): PackageField['type'] | null => {
  const declared = declaredKinds[kind]?.find((f) => f.name === name)?.kind;
  return declared === 'number' ? 'number' : declared === 'checkbox' ? 'boolean' : null;
};

/** One list as the API's CSV answers it with no filter, and its fields from the list's columns. */
async function listResource(kind: ListKind, client: PrismaClient, origin: string): Promise<{ data: ReleaseFileData; fields: PackageField[]; rows: number }> {
  const response = await exportResponse(new Request(`${origin}/api/${kind}?format=csv`, { headers: { host: new URL(origin).host } }), kind, client);
  if (!response.ok) throw new Error(`The ${kind} export answered ${response.status}.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The columns' types, read from the same rows.
  const { columns, total, batches } = await loadExport(kind, readView(kind, {}).filters, client);
  const seen: Cell[][] = columns.map(() => []);
  const lists = new Set<number>();
  for await (const rows of batches) {
    for (const row of rows) {
      rowCells(columns, row, origin).forEach((cell, i) => {
        if (Array.isArray(cell)) lists.add(i);
        else seen[i]!.push(cell as Cell);
      });
    }
  }
  const t = translatorFor('en', 'exports');
  const fields = columns.map((c, i): PackageField => {
    const description = t(`columns.${kind}.${c.name}`);
    if (lists.has(i)) return { name: c.name, type: 'string', description: `${description} ${LIST_NOTE}` };
    return { name: c.name, type: declaredType(kind, c.name) ?? fieldType(seen[i]!), description };
  });
  return { data: file(`${kind}.csv`, CSV_MEDIA_TYPE, bytes), fields, rows: total };
}

type HistoryColumn<Row> = PackageField & { value: (row: Row) => Cell };

const HISTORY_BATCH = 5000;

/** A history table as a CSV, read in batches by id so that no read holds it all. */
async function historyCsv<Row extends { id: number }>(
  name: string,
  columns: HistoryColumn<Row>[],
  read: (afterId: number, take: number) => Promise<Row[]>,
): Promise<{ data: ReleaseFileData; fields: PackageField[]; rows: number }> {
  const parts = [csvHead(columns.map((c) => c.name))];
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await read(after, HISTORY_BATCH);
    if (!rows.length) break;
    parts.push(csvRows(rows.map((row) => columns.map((c) => c.value(row)))));
    count += rows.length;
    after = rows.at(-1)!.id;
    if (rows.length < HISTORY_BATCH) break;
  }
  return { data: file(name, CSV_MEDIA_TYPE, encoder.encode(parts.join(''))), fields: columns.map(({ name: n, type, description }) => ({ name: n, type, description })), rows: count };
}

const instant = (date: Date | null) => (date ? date.toISOString() : null);

/** A row of the tracker's history as the package writes it: a saved row (lib/tracker/saves.ts) with its recommendation's number and milestone's slug. */
type HistoryRow = Omit<SavedRow, 'recommendationId' | 'milestone'> & { recommendation: { number: number }; milestone: { slug: string } | null };

const trackerColumns: HistoryColumn<HistoryRow>[] = [
  { name: 'id', type: 'number', description: 'The row’s number in the tracker’s history.', value: (r) => r.id },
  { name: 'recommendation', type: 'number', description: 'The recommendation’s number in the paper (1–10).', value: (r) => r.recommendation.number },
  { name: 'version', type: 'number', description: 'The recommendation’s version this save produced; the rows of one save share it.', value: (r) => r.version },
  { name: 'at', type: 'datetime', description: 'When the save was recorded (UTC).', value: (r) => instant(r.at) },
  { name: 'effective_at', type: 'datetime', description: 'When the change took effect, where the editor gave a day apart from the save’s.', value: (r) => instant(r.effectiveAt) },
  { name: 'author', type: 'string', description: 'Who saved it, by name.', value: (r) => r.authorName },
  { name: 'kind', type: 'string', description: 'What changed: stage, milestone, milestone-add, milestone-edit, milestone-retire, milestone-restore, order, priority, closure, or review (nothing changed).', value: (r) => r.kind },
  { name: 'milestone', type: 'string', description: 'The milestone concerned, by its slug.', value: (r) => r.milestone?.slug ?? null },
  { name: 'field', type: 'string', description: 'For a milestone edit: which of the milestone’s fields changed.', value: (r) => r.field },
  { name: 'from', type: 'string', description: 'The value before.', value: (r) => r.fromValue },
  { name: 'to', type: 'string', description: 'The value after.', value: (r) => r.toValue },
  { name: 'note', type: 'string', description: 'The editor’s note, the same for every row of a save.', value: (r) => r.note },
  { name: 'evidence_url', type: 'string', description: 'The evidence the editor linked.', value: (r) => r.evidenceUrl },
];

type RevisionRow = { id: number; entity: string; recordKey: string; version: number; action: string; changes: string; note: string; at: Date; authorName: string; viaImport: boolean };

const revisionFields = (changes: string): string[] => {
  try {
    const parsed: unknown = JSON.parse(changes);
    return Array.isArray(parsed) ? parsed.map((c) => (c && typeof c === 'object' && 'field' in c ? String(c.field) : '')).filter(Boolean) : [];
  } catch {
    return [];
  }
};

const revisionColumns: HistoryColumn<RevisionRow>[] = [
  { name: 'id', type: 'number', description: 'The row’s number in the register’s history.', value: (r) => r.id },
  { name: 'entity', type: 'string', description: 'The kind of record: deal, instrument, organisation, country, key-figure or source.', value: (r) => r.entity },
  { name: 'record_key', type: 'string', description: 'The record’s slug, code or ISO code, as in its address.', value: (r) => r.recordKey },
  { name: 'version', type: 'number', description: 'The record’s version after this change; 1 is its creation.', value: (r) => r.version },
  { name: 'action', type: 'string', description: 'create, update, retire or restore.', value: (r) => r.action },
  { name: 'fields', type: 'string', description: `The fields the change touched. ${LIST_NOTE}`, value: (r) => revisionFields(r.changes) },
  { name: 'changes', type: 'string', description: 'The change itself, as JSON: [{ "field", "from", "to" }].', value: (r) => r.changes },
  { name: 'note', type: 'string', description: 'The editor’s note.', value: (r) => r.note },
  { name: 'at', type: 'datetime', description: 'When the change was recorded (UTC).', value: (r) => instant(r.at) },
  { name: 'author', type: 'string', description: 'Who made it, by name.', value: (r) => r.authorName },
  { name: 'via_import', type: 'boolean', description: 'Whether it came from a CSV import.', value: (r) => r.viaImport },
];

/** YAML's double-quoted scalar is JSON's string, escapes and all. */
const yaml = (text: string) => JSON.stringify(text);

type PaperRecord = { authors: string | null; title: string; publisher: string | null; publishedOn: string | null; url: string | null } | null;

/** CITATION.cff (Citation File Format 1.2.0) for the release, with the paper it is built on as a reference. */
export function citationCff(context: PackageContext, paper: PaperRecord): string {
  const lines = [
    'cff-version: 1.2.0',
    `message: ${yaml('If you use this data, please cite this release of it, and the paper it is built on.')}`,
    'type: dataset',
    `title: ${yaml(`${DATA_TITLE}, release ${context.version}`)}`,
    `version: ${yaml(context.version)}`,
    `date-released: ${context.publishedAt.toISOString().slice(0, 10)}`,
    `url: ${yaml(`${context.origin}/releases/${context.version}`)}`,
    'authors:',
    `  - name: ${yaml('Ties')}`,
  ];
  if (paper) {
    lines.push('references:', '  - type: report', `    title: ${yaml(paper.title)}`, '    authors:');
    const authors = (paper.authors ?? '').split(/\s+and\s+/).filter(Boolean);
    for (const author of authors.length ? authors : ['Unknown']) {
      const [family, given] = author.split(',').map((p) => p.trim());
      lines.push(given ? `      - family-names: ${yaml(family!)}\n        given-names: ${yaml(given)}` : `      - name: ${yaml(author)}`);
    }
    if (paper.publisher) lines.push('    publisher:', `      name: ${yaml(paper.publisher)}`);
    const [year, month] = (paper.publishedOn ?? '').split('-');
    if (year) lines.push(`    year: ${Number(year)}`);
    if (month) lines.push(`    month: ${Number(month)}`);
    if (paper.url) lines.push(`    url: ${yaml(paper.url)}`);
  }
  return `${lines.join('\n')}\n`;
}

const csvResource = (r: { data: ReleaseFileData; fields: PackageField[]; rows: number }, title: string, description: string) => ({
  profile: 'tabular-data-resource',
  name: r.data.name.replace(/\.csv$/, ''),
  path: r.data.name,
  title,
  description: `${description} ${r.rows} ${r.rows === 1 ? 'row' : 'rows'}.`,
  format: 'csv',
  mediatype: CSV_MEDIA_TYPE,
  encoding: 'utf-8',
  bytes: r.data.size,
  hash: `sha256:${r.data.sha256}`,
  dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
  schema: { fields: r.fields },
});

/**
 * Every file of a release, the zip of them all last. `target` says where the database is: on SQLite
 * its file is copied in (without accounts, sessions or earlier releases' files); on PostgreSQL it is not.
 */
export async function buildPackage(client: PrismaClient, target: DatabaseTarget, context: PackageContext): Promise<ReleaseFileData[]> {
  const listsOut = [];
  for (const kind of listKinds) listsOut.push({ kind, ...(await listResource(kind, client, context.origin)) });
  const tracker = await historyCsv('tracker-history.csv', trackerColumns, (afterId, take) =>
    client.historyEntry.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take,
      select: { id: true, version: true, at: true, effectiveAt: true, authorName: true, kind: true, field: true, fromValue: true, toValue: true, note: true, evidenceUrl: true, recommendation: { select: { number: true } }, milestone: { select: { slug: true } } },
    }),
  );
  const revisions = await historyCsv('register-revisions.csv', revisionColumns, (afterId, take) =>
    client.revision.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take,
      select: { id: true, entity: true, recordKey: true, version: true, action: true, changes: true, note: true, at: true, authorName: true, viaImport: true },
    }),
  );
  const paper = await client.source.findUnique({ where: { slug: PAPER_SOURCE }, select: { authors: true, title: true, publisher: true, publishedOn: true, url: true } });
  // The copy is made in memory and holds the event loop while it is made: a database past the bound
  // (the bench's 100,000 deals are some 500 MiB) is left out, and the package says so.
  const fits = target.provider === 'sqlite' && statSync(target.file).size <= SQLITE_IN_RELEASE_MAX_BYTES;
  const database = fits ? file(SQLITE_FILE, 'application/vnd.sqlite3', sqliteSnapshot(target.file)) : null;

  const titles: Record<ListKind, [string, string]> = {
    deals: ['Deals', 'Every deal of the register, retired ones apart, as /deals lists them.'],
    instruments: ['Instruments', 'Every instrument of the register, as /instruments lists them.'],
    recommendations: ['Recommendations', 'The paper’s ten recommendations and where each stands, as /recommendations shows them.'],
    sources: ['Sources', 'Every work cited, the paper first, as /sources lists them.'],
    findings: ['Findings', 'What the paper finds, in its own words, as /findings lists them.'],
  };
  const releaseUrl = `${context.origin}/releases/${context.version}`;
  const datapackage = {
    profile: 'data-package',
    name: 'ties',
    id: releaseUrl,
    title: DATA_TITLE,
    description: [
      `Release ${context.version} of Ties, built on Daniel Fiott’s paper “Ties That Truly Bind?” (CSDS In-Depth Paper No. 18, October 2025).`,
      'Each list is the CSV its page exports with no filter (RFC 4180, every field quoted, CRLF line ends, a UTF-8 byte-order mark first; a text cell that would start a spreadsheet formula begins with an apostrophe).',
      'Values are as the sources they cite state them, in their own currency; no licence is stated for the data set as a whole: see the sources each value cites.',
      database
        ? `${SQLITE_FILE} is the whole SQLite database as it stood at publication, without user accounts, sessions or the files of releases.`
        : target.provider === 'sqlite'
          ? `The database is over ${SQLITE_IN_RELEASE_MAX_BYTES / 1024 / 1024} MiB, so the release holds no copy of it: the CSVs hold every list and history.`
          : 'This site runs on PostgreSQL, so the release holds no database file: the CSVs hold every list and history.',
    ].join(' '),
    version: context.version,
    created: context.publishedAt.toISOString(),
    homepage: releaseUrl,
    sources: paper ? [{ title: `${paper.authors ? `${paper.authors}, ` : ''}${paper.title}${paper.publisher ? `, ${paper.publisher}` : ''}${paper.publishedOn ? `, ${paper.publishedOn}` : ''}`, ...(paper.url ? { path: paper.url } : {}) }] : [],
    contributors: [{ title: context.publishedBy, role: 'publisher' }],
    resources: [
      ...listsOut.map((r) => csvResource(r, titles[r.kind][0], titles[r.kind][1])),
      csvResource(tracker, 'Tracker history', 'Every change to the recommendations tracker, one row per change; the rows of one save share its version and note.'),
      csvResource(revisions, 'Register history', 'Every change to a record of the register (deals, instruments, organisations, countries, key figures, sources).'),
      ...(database
        ? [{ profile: 'data-resource', name: 'database', path: SQLITE_FILE, title: 'The SQLite database', description: 'Every table of Ties (see prisma/schema.prisma in its code), without user accounts, sessions or the files of releases.', format: 'sqlite', mediatype: 'application/vnd.sqlite3', bytes: database.size, hash: `sha256:${database.sha256}` }]
        : []),
    ],
  };
  const files = [
    file('datapackage.json', 'application/json', encoder.encode(`${JSON.stringify(datapackage, null, 2)}\n`)),
    ...listsOut.map((r) => r.data),
    tracker.data,
    revisions.data,
    file('CITATION.cff', 'application/yaml', encoder.encode(citationCff(context, paper))),
    ...(database ? [database] : []),
  ];
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { mtime: context.publishedAt }]])), { level: 6 });
  return [...files, file(zipName(context.version), 'application/zip', zipped)];
}
