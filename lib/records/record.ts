// A record, defined once: a table of fields (./fields.ts) from which its schema, its form's fields,
// its parse and its flat values, its database row, its links and its export columns all derive.
// Adding a value to a record is one line in its table (and a migration, and where it is shown).
import { z } from 'zod';
import type { FieldErrors, FieldSpec, Parsed, Values } from '@/lib/editing/types';
import { valueOf, zodProblems } from '@/lib/editing/values';
import type { Cell, Column } from './column';
import type { Field, Refs } from './fields';

type Table<Stored, Row> = Record<string, Field<z.ZodType, Stored, Row>>;
type Shape<F> = { [K in keyof F]: F[K] extends { schema: infer S extends z.ZodType } ? S : never };

export type RecordOptions<Stored, F> = {
  /** The field whose value is the record's key (its slug or code). */
  key: keyof F & string;
  /** Checks across fields, said at once: zod runs an object's refinements only once every field is valid. */
  check?(input: Record<string, unknown>, errors: FieldErrors): void;
  /** The schema with its refinements across fields (for the seed and the API). */
  refine?(schema: z.ZodObject<Shape<F>>): z.ZodObject<Shape<F>>;
  /** Columns of the export after the fields' own (`updated_at`, `url`). */
  extraColumns?: Column<Stored>[];
  /** Flat fields the export does not carry (an instrument's sources: it lists instruments, not citations). */
  notExported?: readonly string[];
};

/**
 * One field's value in parsed data. The table's keys are the data's keys, so each field gets the value
 * its own schema parsed; TypeScript cannot follow that through a loop over the table, hence `never`.
 */
const valueAt = (data: object, key: string) => (data as Record<string, unknown>)[key] as never;

const noSources: Refs = {
  sourceId(slug) {
    throw new Error(`No source ids were given to write a link that cites "${slug}".`);
  },
};

export function defineRecord<Stored, Row, F extends Table<Stored, Row>>(table: F, options: RecordOptions<Stored, F>) {
  const entries = Object.entries(table) as Array<[keyof F & string, F[keyof F]]>;
  const shape = Object.fromEntries(entries.map(([key, field]) => [key, field.schema])) as Shape<F>;
  const base = z.object(shape);
  const schema = options.refine ? options.refine(base) : base;
  type Data = z.output<typeof schema>;

  const fields: FieldSpec[] = entries.flatMap(([, field]) => field.flat);
  const fieldOf = (path: PropertyKey[]): string => {
    const [head, ...rest] = path;
    const field = table[String(head)];
    return field?.fieldOf(rest) || fields[0]!.name;
  };

  /** Flat values (from a form or a CSV row), validated: all problems, ours first, each field once. */
  function parse(values: Values): Parsed<Data> {
    const errors: FieldErrors = {};
    const input: Record<string, unknown> = {};
    for (const [key, field] of entries) if (field.flat.length) input[key] = field.read(values, errors);
    options.check?.(input, errors);
    const result = schema.safeParse(input);
    // zod's findings about a field we already reported would only repeat them less clearly.
    if (!result.success) for (const [field, problems] of Object.entries(zodProblems(result.error.issues, fieldOf))) errors[field] ??= problems;
    if (Object.keys(errors).length || !result.success) return { ok: false, errors };
    return { ok: true, data: result.data, key: String(valueAt(result.data, options.key)) };
  }

  /** Parsed data as flat values: what `parse` reads back unchanged. */
  const write = (data: Data): Values => Object.assign({}, ...entries.map(([key, field]) => field.write(valueAt(data, key))));

  const cells = (stored: Stored): Record<string, Cell> => Object.assign({}, ...entries.map(([, field]) => field.cells(stored)));

  /** A stored record as its form's values. */
  function toValues(stored: Stored): Values {
    const all = cells(stored);
    return Object.fromEntries(fields.map((f) => [f.name, valueOf(all[f.name])]));
  }

  /**
   * The database columns of parsed data (its links apart). Each field fills its own columns and the
   * table has a field for every column a record writes (the seed test writes them all), so together they are a row.
   */
  const row = (data: Data, refs: Refs): Row => Object.assign({}, ...entries.map(([key, field]) => field.row(valueAt(data, key), refs))) as Row;

  /**
   * The relations of parsed data, to `connect` or `set`. `form` gives only those the form edits, so an
   * edit never drops links that only the seed writes. Rows written with them (claims) cite sources by id, through `refs`.
   */
  function links(data: Data, mode: 'connect' | 'set', which: 'form' | 'all' = 'all', refs: Refs = noSources) {
    const out: Record<string, Record<typeof mode, Array<Record<string, string | number>>>> = {};
    for (const [key, field] of entries) {
      if (field.nested) {
        const { relation, write } = field.nested(valueAt(data, key), mode, which, refs);
        out[relation] = write as (typeof out)[string];
        continue;
      }
      if (!field.links || (which === 'form' && !field.flat.length)) continue;
      const { relation, keys } = field.links(valueAt(data, key));
      out[relation] = { [mode]: keys } as Record<typeof mode, typeof keys>;
    }
    return out;
  }

  // Each column reads only its own field's cells, made once per row: an export writes 100,000 rows
  // of them, and a field's cells are all its columns' at once (a claims field has sixty). Made again
  // for each column, they took 16 of the 23 s of the CSV of the 32,566 Polish deals at 100,000.
  const columns: Column<Stored>[] = [
    ...entries.flatMap(([, field]) => {
      const made = new WeakMap<object, Record<string, Cell>>();
      const cellsOf = (stored: Stored) => made.get(stored as object) ?? made.set(stored as object, field.cells(stored)).get(stored as object)!;
      return [
        ...field.flat.filter((f) => !options.notExported?.includes(f.name)).map((f) => ({ name: f.name, value: (stored: Stored) => cellsOf(stored)[f.name] })),
        ...(field.exportOnly ?? []),
      ];
    }),
    ...(options.extraColumns ?? []),
  ];

  return { table, schema, fields, fieldOf, parse, write, toValues, row, links, columns };
}
