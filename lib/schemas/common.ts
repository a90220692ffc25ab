// Shapes shared by several entities: slugs, partial dates, money as stated.
import { z } from 'zod';

export const slugSchema = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Use lower-case letters, digits and single hyphens.' });

export const datePrecisions = ['year', 'month', 'day'] as const;
export const datePrecisionSchema = z.enum(datePrecisions);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** The shape of a partial date; a form tells its issue from a slug's by this pattern, not by words. */
export const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** An ISO date as precise as the source gives it: `2024`, `2024-07` or `2024-07-12`. */
export const partialDateSchema = z
  .string()
  .trim()
  .regex(PARTIAL_DATE, {
    error: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.',
  })
  // Date.parse rolls 2024-02-31 over into March rather than refusing it: the day must read back as itself.
  .refine((s) => s.length < 10 || new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, {
    error: 'That day does not exist.',
    params: { code: 'date' },
  });

/** Splits a partial ISO date into the UTC instant of its first day and its precision. */
export function parsePartialDate(value: string): { date: Date; precision: DatePrecision } {
  const [year, month = '01', day = '01'] = value.split('-');
  const precision: DatePrecision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return { date: new Date(`${year}-${month}-${day}T00:00:00.000Z`), precision };
}

/** The inverse of parsePartialDate: only as much of the date as is known. */
export function formatPartialDate(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString();
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

export const currencySchema = z.enum(['USD', 'EUR', 'KRW', 'PLN', 'GBP']);
export type Currency = z.infer<typeof currencySchema>;

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'Give a full http(s) address.' });

export const optionalText = z.string().trim().max(4000).optional();

/**
 * The version of a record as the editor loaded it: a whole number from 1, as a JSON number or in
 * plain digits. A save's compare-and-set rests on it, so nothing else passes for one: not '', ' ',
 * '1.0', '1e0' or '0x1' (which Number() reads as 0 or 1), nor true or [1] (which z.coerce reads as 1).
 */
export const versionSchema = z.union([z.int().min(1), z.string().regex(/^[1-9][0-9]{0,14}$/).transform(Number)]);

/** A version read with {@link versionSchema}, or null when the value is not one. */
export function parseVersion(value: unknown): number | null {
  const parsed = versionSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
