// A record's values, each defined once. A field holds its zod schema (the typed value the seed, the
// API and the editor agree on), its flat fields (the form's fields and the CSV and export columns,
// named alike), how it reads from flat values and from a stored row, and the database columns it
// writes. A record (./record.ts) is a table of these; everything else is derived from the table.
import { z } from 'zod';
import type { FieldErrors, FieldSpec, Values } from '@/lib/editing/types';
import { checkWhole } from '@/lib/editing/shared';
import { byKey, splitList } from '@/lib/editing/rows';
import { optionalText, parseBoolean, parseNumber, text, valueOf } from '@/lib/editing/values';
import { type DatePrecision, currencySchema, formatPartialDate, parsePartialDate, partialDateSchema, slugSchema } from '@/lib/schemas/common';
import type { Cell, Column } from './column';
import { type RecordOptions, defineRecord } from './record';

/** What a record's fields may ask of the database while a row is written: the id behind a source's slug. */
export type Refs = { sourceId(slug: string): number };

/** For records whose rows point at no source. */
export const noRefs: Refs = {
  sourceId() {
    throw new Error('This record cites no source.');
  },
};

/** How a relation of slugs or codes is written: `connect` for a new record, `set` to replace. */
export type LinkMode = 'connect' | 'set';

export interface Field<S extends z.ZodType, Stored, Row> {
  schema: S;
  /** The flat fields this value is written as, in order; none for what only the seed writes. */
  flat: FieldSpec[];
  /** Flat values → the raw input the schema parses; problems the schema cannot see go in `errors`. */
  read(values: Values, errors: FieldErrors): unknown;
  /** The typed value → its flat values (exactly what `read` reads back). */
  write(value: z.output<S>): Values;
  /** A stored record → its flat cells (the export's columns; the form reads them as values). */
  cells(stored: Stored): Record<string, Cell>;
  /** The typed value → the database columns it fills. */
  row(value: z.output<S>, refs: Refs): Partial<Row>;
  /** For a relation: the records it connects to, by their unique key. */
  links?(value: z.output<S>): { relation: string; keys: Array<Record<string, string | number>> };
  /** For a relation written as nested rows (a record's claims): its create, or its replace, of them. */
  nested?(value: z.output<S>, mode: LinkMode, which: 'form' | 'all', refs: Refs): { relation: string; write: object };
  /** A zod path inside the value → the flat field it belongs to. */
  fieldOf(rest: readonly PropertyKey[]): string;
  /** Columns the export shows of it that no form edits (a source's footnotes). */
  exportOnly?: Column<Stored>[];
}

type Spec = Omit<FieldSpec, 'name' | 'kind'> & { name?: string; kind?: FieldSpec['kind'] };

/** The column keys of `S` whose values are of type `V`. */
type KeysOf<S, V> = { [K in keyof S]-?: S[K] extends V ? K : never }[keyof S] & string;

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
// A field fills the one column it names; TypeScript cannot type a computed key, so the kit does it here once.
const column = <Row>(name: string, value: unknown) => ({ [name]: value }) as Partial<Row>;

/**
 * The field kinds of one record: `Stored` is what its columns read (a stored record with its
 * relations), `Row` what its database row takes. Column names are checked against both.
 */
export function fieldKit<Stored, Row>() {
  type StoredText = KeysOf<Stored, string | null> & keyof Row;
  type StoredOptional = KeysOf<Stored, string | null> & keyof Row;

  function plain<S extends z.ZodType>(
    key: string,
    schema: S,
    spec: Spec,
    io: { read(raw: string | undefined, errors: FieldErrors, name: string): unknown; write(value: z.output<S>): string; cell(stored: Stored): Cell; row(value: z.output<S>): unknown },
  ): Field<S, Stored, Row> {
    const name = spec.name ?? snake(key);
    const { name: _n, kind = 'text', ...rest } = spec;
    void _n;
    return {
      schema,
      flat: [{ name, kind, ...rest }],
      read: (values, errors) => io.read(values[name], errors, name),
      write: (value) => ({ [name]: io.write(value) }),
      cells: (stored) => ({ [name]: io.cell(stored) }),
      row: (value) => column<Row>(key, io.row(value)),
      fieldOf: () => name,
    };
  }

  return {
    /** The record these fields make (./record.ts). */
    record: <F extends Record<string, Field<z.ZodType, Stored, Row>>>(table: F, options: RecordOptions<Stored, F>) => defineRecord<Stored, Row, F>(table, options),

    /** Text that must be given. */
    text: <K extends StoredText, S extends z.ZodType<string>>(key: K, schema: S, spec: Spec = {}) =>
      plain(key, schema, { required: true, ...spec }, { read: (raw) => text(raw), write: (v) => v, cell: (s) => s[key] as Cell, row: (v) => v }),

    /** Text that may be left empty (stored as null). */
    optional: <K extends StoredOptional, S extends z.ZodType<string | undefined>>(key: K, schema: S, spec: Spec = {}) =>
      plain(key, schema, spec, { read: (raw) => optionalText(raw), write: (v) => v ?? '', cell: (s) => s[key] as Cell, row: (v) => v ?? null }),

    /** One of a fixed list, named in the `vocab` messages. */
    choice: <K extends StoredText, const O extends readonly [string, ...string[]]>(key: K, options: O, vocab?: string, spec: Spec = {}) =>
      plain(key, z.enum(options), { kind: 'select', required: true, options, vocab, ...spec }, {
        read: (raw) => text(raw),
        write: (v) => v,
        cell: (s) => s[key] as Cell,
        row: (v) => v,
      }),

    /** One of a fixed list, or nothing where no source says (stored as null); the form's empty choice names that. */
    maybeChoice: <K extends StoredOptional, const O extends readonly [string, ...string[]]>(key: K, options: O, vocab: string, spec: Spec = {}) =>
      plain(key, z.enum(options).optional(), { kind: 'select', options, vocab, ...spec }, {
        read: (raw) => optionalText(raw),
        write: (v) => v ?? '',
        cell: (s) => s[key] as Cell,
        row: (v) => v ?? null,
      }),

    /** Yes or no. */
    flag: <K extends KeysOf<Stored, boolean> & keyof Row>(key: K, spec: Spec = {}) =>
      plain(key, z.boolean().default(false), { kind: 'checkbox', ...spec }, {
        read: (raw, errors, name) => parseBoolean(raw, name, errors),
        write: (v) => String(v),
        cell: (s) => s[key] as Cell,
        row: (v) => v,
      }),

    /**
     * Yes, no, or not stated: the paper not saying is a value of its own (stored as null, written
     * empty), never "no". The form offers it as a choice whose empty option reads "not stated".
     */
    yesNo: <K extends KeysOf<Stored, boolean | null> & keyof Row>(key: K, spec: Spec = {}) =>
      plain(key, z.boolean().optional(), { kind: 'select', options: ['true', 'false'], vocab: 'vocab.statedFlag', ...spec }, {
        read: (raw, errors, name) => (text(raw) ? parseBoolean(raw, name, errors) : undefined),
        write: (v) => (v === undefined ? '' : String(v)),
        cell: (s) => s[key] as Cell,
        row: (v) => v ?? null,
      }),

    /** A number that must be given (a key figure's value): as stated, never rounded. */
    number: <K extends KeysOf<Stored, number> & keyof Row>(key: K, spec: Spec = {}) =>
      plain(key, z.number().finite(), { kind: 'number', required: true, ...spec }, {
        read: (raw, errors, name) => {
          const n = parseNumber(raw, name, errors);
          if (n === undefined) (errors[name] ??= []).push({ code: 'required' });
          return n;
        },
        write: (v) => String(v),
        cell: (s) => s[key] as Cell,
        row: (v) => v,
      }),

    /** The one source that states a record (a key figure's): its slug in the form, its id in the row. */
    source: <K extends KeysOf<Stored, { slug: string }>>(relation: K, idColumn: keyof Row & string, spec: Spec = {}): Field<typeof slugSchema, Stored, Row> => {
      const name = spec.name ?? relation;
      return {
        schema: slugSchema,
        flat: [{ name, kind: 'select', required: true }],
        read: (values) => text(values[name]),
        write: (value) => ({ [name]: value }),
        cells: (stored) => ({ [name]: (stored[relation] as { slug: string }).slug }),
        row: (value, refs) => column<Row>(idColumn, refs.sourceId(value)),
        fieldOf: () => name,
      };
    },

    /** A whole number (a year) that may be left empty. */
    whole: <K extends KeysOf<Stored, number | null> & keyof Row>(key: K, min: number, max: number, spec: Spec = {}) =>
      plain(key, z.int().min(min).max(max).optional(), { kind: 'number', ...spec }, {
        read: (raw, errors, name) => checkWhole(parseNumber(raw, name, errors), name, errors),
        write: (v) => (v === undefined ? '' : String(v)),
        cell: (s) => s[key] as Cell,
        row: (v) => v ?? null,
      }),

    /** A date as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD), kept with its precision and year. */
    partialDate: <K extends KeysOf<Stored, Date | null> & keyof Row>(key: K, precision: KeysOf<Stored, string | null> & keyof Row, year?: keyof Row & string) =>
      partialDateField<Stored, Row>(key, precision, year),

    /**
     * An amount in the source's own currency and words, never without the source that states it:
     * flat `<name>_amount`, `_currency`, `_text`, `_source`; columns `<key>Amount`, … and `<key>SourceId`.
     */
    stated: (key: string, name = key) => statedField<Stored, Row>(key, name),

    /** Links to other records by slug or code (a deal's sources), written "a; b". */
    links: <K extends KeysOf<Stored, ReadonlyArray<{ slug: string }> | undefined>>(relation: K, error: string, spec: Spec = {}) => linkField<Stored, Row>(relation, error, spec),

    /**
     * Links to records by code or number that each rest on a claim (a deal's instruments), written
     * "edf; safe"; each link's claim is in the record's claims field (`<name>_basis`, ./claims.ts).
     */
    claimedLinks: <K extends KeysOf<Stored, ReadonlyArray<object>>, S extends z.ZodType<string | number>>(relation: K, by: 'code' | 'number', item: S) =>
      claimedLinkField<Stored, Row, S>(relation, by, item),

    /** What only the seed gives (a deal's links to challenges, a source's footnotes): no flat field, no column. */
    seedOnly: <S extends z.ZodType>(
      schema: S,
      more: { links?: Field<S, Stored, Row>['links']; exportOnly?: Column<Stored>[] } = {},
    ): Field<S, Stored, Row> => ({
      schema,
      flat: [],
      read: () => undefined,
      write: () => ({}),
      cells: () => ({}),
      row: () => ({}),
      fieldOf: () => '',
      ...more,
    }),
  };
}

function partialDateField<Stored, Row>(key: string, precision: string, year?: string): Field<ReturnType<typeof partialDateSchema.optional>, Stored, Row> {
  const name = snake(key);
  return {
    schema: partialDateSchema.optional(),
    flat: [{ name, kind: 'text' }],
    read: (values) => optionalText(values[name]),
    write: (value) => ({ [name]: value ?? '' }),
    cells: (stored) => {
      const s = stored as Record<string, unknown>;
      const date = s[key] as Date | null;
      return { [name]: date ? formatPartialDate(date, ((s[precision] as string | null) ?? 'day') as DatePrecision) : null };
    },
    row: (value) => {
      const when = value ? parsePartialDate(value) : null;
      return { [key]: when?.date ?? null, [precision]: when?.precision ?? null, ...(year ? { [year]: when ? when.date.getUTCFullYear() : null } : {}) } as Partial<Row>;
    },
    fieldOf: () => name,
  };
}

export const statedSchema = z.object({
  amount: z.number().positive().finite(),
  currency: currencySchema,
  text: z.string().trim().min(1).max(120),
  sourceSlug: slugSchema,
});

function statedField<Stored, Row>(key: string, name: string): Field<ReturnType<typeof statedSchema.optional>, Stored, Row> {
  const flat = { amount: `${name}_amount`, currency: `${name}_currency`, text: `${name}_text`, sourceSlug: `${name}_source` };
  return {
    schema: statedSchema.optional(),
    flat: [
      { name: flat.amount, kind: 'number' },
      { name: flat.currency, kind: 'select', options: currencySchema.options },
      { name: flat.text, kind: 'text' },
      { name: flat.sourceSlug, kind: 'select' },
    ],
    read(values, errors) {
      const amount = parseNumber(values[flat.amount], flat.amount, errors);
      const currency = text(values[flat.currency]);
      const words = text(values[flat.text]);
      const sourceSlug = text(values[flat.sourceSlug]);
      // A number is never saved without its source, and a source is never cited for no number.
      if (amount !== undefined && !sourceSlug) (errors[flat.sourceSlug] ??= []).push({ code: 'needsSource' });
      if (amount === undefined && (currency || words || sourceSlug)) (errors[flat.amount] ??= []).push({ code: 'needsAmount' });
      return amount !== undefined ? { amount, currency, text: words, sourceSlug } : undefined;
    },
    write: (v) => ({ [flat.amount]: v ? String(v.amount) : '', [flat.currency]: v?.currency ?? '', [flat.text]: v?.text ?? '', [flat.sourceSlug]: v?.sourceSlug ?? '' }),
    cells(stored) {
      const s = stored as Record<string, unknown>;
      const source = s[`${key}Source`] as { slug: string } | null;
      return {
        [flat.amount]: s[`${key}Amount`] as Cell,
        [flat.currency]: s[`${key}Currency`] as Cell,
        [flat.text]: s[`${key}Text`] as Cell,
        [flat.sourceSlug]: source?.slug ?? null,
      };
    },
    row: (v, refs) =>
      ({
        [`${key}Amount`]: v?.amount ?? null,
        [`${key}Currency`]: v?.currency ?? null,
        [`${key}Text`]: v?.text ?? null,
        [`${key}SourceId`]: v ? refs.sourceId(v.sourceSlug) : null,
      }) as Partial<Row>,
    fieldOf: ([part]) => flat[String(part ?? 'amount') as keyof typeof flat] ?? flat.amount,
  };
}

function linkField<Stored, Row>(relation: string, error: string, spec: Spec): Field<z.ZodArray<typeof slugSchema>, Stored, Row> {
  const name = spec.name ?? relation;
  const { name: _n, kind = 'checkboxes', ...rest } = spec;
  void _n;
  return {
    schema: z.array(slugSchema).min(1, { error }),
    flat: [{ name, kind, required: true, ...rest }],
    read: (values) => splitList(values[name]),
    write: (value) => ({ [name]: valueOf(value) }),
    cells: (stored) => ({ [name]: (((stored as Record<string, unknown>)[relation] ?? []) as ReadonlyArray<{ slug: string }>).map((x) => x.slug) }),
    row: () => ({}),
    links: (value) => ({ relation, keys: value.map((slug) => ({ slug })) }),
    fieldOf: () => name,
  };
}

function claimedLinkField<Stored, Row, S extends z.ZodType<string | number>>(relation: string, by: 'code' | 'number', item: S): Field<z.ZodDefault<z.ZodArray<S>>, Stored, Row> {
  const name = relation;
  // One order wherever the links are listed, so that loading a record and saving it changes nothing.
  const listed = (keys: ReadonlyArray<string | number>) => [...new Set(keys)].sort(byKey).map(String);
  return {
    schema: z.array(item).default([]),
    // Older exports lack the column: their import keeps the links (and claims) that are stored.
    flat: [{ name, kind: 'checkboxes', laterColumn: true }],
    read(values, errors) {
      return [...new Set(splitList(values[name]))].map((key) => (by === 'number' ? (parseNumber(key, name, errors) ?? key) : key));
    },
    write: (value) => ({ [name]: valueOf(listed(value)) }),
    cells: (stored) => ({ [name]: listed((((stored as Record<string, unknown>)[relation] ?? []) as ReadonlyArray<Record<string, string | number>>).map((x) => x[by]!)) }),
    row: () => ({}),
    links: (value) => ({ relation, keys: value.map((key) => ({ [by]: key })) }),
    fieldOf: () => name,
  };
}
