// The shape every editable register record shares: flat form values named like the export's
// columns, a parser onto the app's zod schemas, and a writer. One save path (save.ts) serves the
// editing forms and the CSV import, so both validate, version and record history the same way.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { FieldErrors } from '@/lib/problems';

export type Db = PrismaClient | Prisma.TransactionClient;

/** Form values: one string per field, multi-valued fields joined with "; ", as in the CSV export. */
export type Values = Record<string, string>;

// A problem with one field is a code and its parameters, defined with the codes in lib/problems.ts.
export type { FieldErrors, FieldProblem, ProblemCode } from '@/lib/problems';

/**
 * `pairs`: "a:b; …" (organisations and roles); `events`: a deal's events, a line each; `linkClaims`:
 * the claims of the links a `checkboxes` field of the same name lists (`instruments` → `instruments_basis`).
 */
export type FieldKind = 'text' | 'textarea' | 'number' | 'select' | 'checkbox' | 'checkboxes' | 'pairs' | 'events' | 'linkClaims';
export type Option = { value: string; label: string };

export type FieldSpec = {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** The record's key: set when it is created, never changed after. */
  key?: boolean;
  /** Fixed choices; `choices` in the editor gives choices read from the database. */
  options?: readonly string[];
  /** For `pairs`, `events` and `linkClaims`: the choices of the second part (a role, a stage, a basis). */
  secondOptions?: readonly string[];
  /** For `events` and `linkClaims`: a row's inputs (`events.date`…), in the order of its line's parts (after a link's id). */
  parts?: readonly string[];
  /** The messages namespace that names the options (`vocab.domain`…); codes are shown as they are otherwise. */
  vocab?: string;
  secondVocab?: string;
  /** A column files exported before it existed lack: an import without it keeps what is stored. */
  laterColumn?: boolean;
};

export const entities = ['deal', 'instrument', 'organisation', 'country', 'key-figure', 'source'] as const;
export type Entity = (typeof entities)[number];

export type Parsed<Data> = { ok: true; data: Data; key: string } | { ok: false; errors: FieldErrors };

export type Editor<Rec, Data> = {
  entity: Entity;
  fields: FieldSpec[];
  /** Retiring hides a record from lists; countries are reference data and are not retired. */
  retirable: boolean;
  load(db: Db, key: string): Promise<Rec | null>;
  keyOf(record: Rec): string;
  versionOf(record: Rec): number;
  retiredAt(record: Rec): Date | null;
  /** The record as form values: exactly what `parse` would read back unchanged. */
  toValues(record: Rec): Values;
  /** Values (from a form or a CSV row) validated by the shared zod schema. */
  parse(values: Values): Parsed<Data>;
  /** The parsed data as canonical values, to compare with `toValues` of the record. */
  dataValues(data: Data): Values;
  /** Slugs and codes that must exist (a source, a country…), reported per field. */
  references(db: Db, data: Data): Promise<FieldErrors>;
  /** Options read from the database for select and checkbox fields. */
  choices?(db: Db): Promise<Record<string, Option[]>>;
  create(db: Db, data: Data): Promise<void>;
  update(db: Db, record: Rec, data: Data): Promise<void>;
  /** Compare-and-set of the version: 1 if `expected` was current (and is now expected + 1), else 0. */
  claim(db: Db, key: string, expected: number, changes: { retiredAt?: Date | null }): Promise<number>;
};

// Editors differ in their record and data types; the registry and the save path only pass them
// through, so they hold them as this.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEditor = Editor<any, any>;
