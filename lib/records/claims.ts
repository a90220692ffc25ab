// What each value of a record rests on, after Wikidata's references: a claim is *stated* (the
// source's exact words and where in it they stand), *inferred* (one sentence of reasoning, shown as
// such) or *reference* (a fact from outside the paper, with its own source). A record's claims are
// one field of its table: in the form and the export each claimable value has five columns
// (`<name>_basis`, `_basis_source`, `_basis_quote`, `_basis_where`, `_basis_reason`); in the database
// they are rows of `Claim`. Claims on links (`recommendations:3`) are the seed's, kept by every edit.
import { z } from 'zod';
import type { FieldErrors, FieldSpec, Values } from '@/lib/editing/types';
import { optionalText, text } from '@/lib/editing/values';
import { PAPER_SOURCE, locateQuote } from '@/lib/paper';
import { coded } from '@/lib/problems';
import { slugSchema } from '@/lib/schemas/common';
import type { Cell } from './column';
import type { Field, LinkMode } from './fields';

export const claimBases = ['stated', 'inferred', 'reference'] as const;
export type ClaimBasis = (typeof claimBases)[number];

const claimObject = z.object({
  basis: z.enum(claimBases),
  sourceSlug: slugSchema.optional(),
  quote: z.string().trim().min(3).max(2000).optional(),
  /** Where in the source: the paper's anchor (`chapter-1-p1`, `fn-7`), found from the quote when left empty. */
  where: z.string().trim().min(1).max(80).optional(),
  reason: z.string().trim().min(10).max(600).optional(),
  /** The reason in Korean, for Korean pages. */
  reasonKo: z.string().trim().min(2).max(600).optional(),
});
export type Claim = z.output<typeof claimObject>;

/**
 * A claim, whole: stated needs its source and words, inferred its reason, reference its source. Words
 * said to be the paper's must be in the paper, at the place named; an empty place is filled with it.
 */
export const claimSchema = claimObject
  .superRefine((c, ctx) => {
    const issue = (path: string, code: Parameters<typeof coded>[0], message: string, params: Record<string, string> = {}) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { ...params, code } });
    if (c.basis !== 'inferred' && !c.sourceSlug) issue('sourceSlug', 'claimSource', 'Name the source this rests on.');
    if (c.basis === 'stated' && !c.quote) issue('quote', 'claimQuote', 'Give the words of the source that state it.');
    if (c.basis === 'inferred' && !c.reason) issue('reason', 'claimReason', 'Say in one sentence why the value follows.');
    if (c.basis === 'stated' && c.quote && c.sourceSlug === PAPER_SOURCE) {
      const block = locateQuote(c.quote);
      if (!block) issue('quote', 'notInPaper', 'These words are not in the paper.');
      else if (c.where && c.where !== block.id) issue('where', 'claimAnchor', `The paper says this at ${block.id}, not at ${c.where}.`, { found: block.id });
    }
  })
  .transform((c) => (c.basis === 'stated' && c.quote && c.sourceSlug === PAPER_SOURCE && !c.where ? { ...c, where: locateQuote(c.quote)?.id } : c));

/** A record's claims by what they qualify: a field's name (`value`) or a link (`recommendations:3`). */
export const claimsSchema = z.record(z.string().min(1).max(80), claimSchema).default({});
export type Claims = z.output<typeof claimsSchema>;

/** A claim as stored, with its source's slug: what the export's cells and the pages read. */
export type StoredClaim = {
  field: string;
  basis: string;
  quote: string | null;
  anchor: string | null;
  reason: string | null;
  reasonKo?: string | null;
  source: { slug: string; title?: string } | null;
};

const parts = ['basis', 'basis_source', 'basis_quote', 'basis_where', 'basis_reason', 'basis_reason_ko'] as const;
const flatName = (name: string, part: (typeof parts)[number]) => `${name}_${part}`;

/** What a query includes to read a record's claims (as {@link StoredClaim}s). */
export const claimsInclude = { include: { source: { select: { slug: true, title: true } } }, orderBy: { field: 'asc' } } as const;

/** The claim of one stored record on `field`, if it has one. */
export const claimOn = (claims: readonly StoredClaim[] | undefined, field: string) => claims?.find((c) => c.field === field);

/**
 * The claims of a record. `claimable` maps each value a reader could cite (its key in the data) to
 * the flat name its columns start with (`partnerCountry` → `partner_country`).
 */
export function claimsField<Stored extends { claims?: readonly StoredClaim[] }, Row>(
  claimable: Record<string, string>,
): Field<typeof claimsSchema, Stored, Row> & { claimable: Record<string, string> } {
  const entries = Object.entries(claimable);
  const formKeys = entries.map(([key]) => key);
  const flat: FieldSpec[] = entries.flatMap(([, name]) => [
    { name: flatName(name, 'basis'), kind: 'select', options: claimBases, vocab: 'vocab.claimBasis', laterColumn: true },
    { name: flatName(name, 'basis_source'), kind: 'select', laterColumn: true },
    { name: flatName(name, 'basis_quote'), kind: 'textarea', laterColumn: true },
    { name: flatName(name, 'basis_where'), kind: 'text', laterColumn: true },
    { name: flatName(name, 'basis_reason'), kind: 'textarea', laterColumn: true },
    { name: flatName(name, 'basis_reason_ko'), kind: 'textarea', laterColumn: true },
  ]);
  const nameOf = (key: string) => claimable[key];

  return {
    claimable,
    schema: claimsSchema,
    flat,
    read(values: Values, errors: FieldErrors) {
      const out: Record<string, unknown> = {};
      for (const [key, name] of entries) {
        const basis = text(values[flatName(name, 'basis')]);
        const given = parts.slice(1).filter((p) => optionalText(values[flatName(name, p)]) !== undefined);
        if (!basis) {
          // Words with no basis would be dropped without a word: say so instead.
          if (given.length) (errors[flatName(name, 'basis')] ??= []).push({ code: 'claimOrphan' });
          continue;
        }
        out[key] = {
          basis,
          sourceSlug: optionalText(values[flatName(name, 'basis_source')]),
          quote: optionalText(values[flatName(name, 'basis_quote')]),
          where: optionalText(values[flatName(name, 'basis_where')]),
          reason: optionalText(values[flatName(name, 'basis_reason')]),
          reasonKo: optionalText(values[flatName(name, 'basis_reason_ko')]),
        };
      }
      return out;
    },
    write(claims) {
      const out: Values = {};
      for (const [key, name] of entries) {
        const c = claims[key];
        out[flatName(name, 'basis')] = c?.basis ?? '';
        out[flatName(name, 'basis_source')] = c?.sourceSlug ?? '';
        out[flatName(name, 'basis_quote')] = c?.quote ?? '';
        out[flatName(name, 'basis_where')] = c?.where ?? '';
        out[flatName(name, 'basis_reason')] = c?.reason ?? '';
        out[flatName(name, 'basis_reason_ko')] = c?.reasonKo ?? '';
      }
      return out;
    },
    cells(stored) {
      const out: Record<string, Cell> = {};
      for (const [key, name] of entries) {
        const c = claimOn(stored.claims, key);
        out[flatName(name, 'basis')] = c?.basis ?? null;
        out[flatName(name, 'basis_source')] = c?.source?.slug ?? null;
        out[flatName(name, 'basis_quote')] = c?.quote ?? null;
        out[flatName(name, 'basis_where')] = c?.anchor ?? null;
        out[flatName(name, 'basis_reason')] = c?.reason ?? null;
        out[flatName(name, 'basis_reason_ko')] = c?.reasonKo ?? null;
      }
      return out;
    },
    row: () => ({}),
    nested(claims, mode, which, refs) {
      const keys = which === 'form' ? formKeys : Object.keys(claims);
      // One statement for all of a record's claims: an import writes thousands of records.
      const data = keys.flatMap((field) => {
        const c = claims[field];
        if (!c) return [];
        return [{ field, basis: c.basis, quote: c.quote ?? null, anchor: c.where ?? null, reason: c.reason ?? null, reasonKo: c.reasonKo ?? null, sourceId: c.sourceSlug ? refs.sourceId(c.sourceSlug) : null }];
      });
      const create = { createMany: { data } };
      // An edit replaces the claims its form carries and keeps the seed's claims on links.
      return { relation: 'claims', write: mode === 'set' ? { deleteMany: which === 'form' ? { field: { in: keys } } : {}, ...create } : create };
    },
    fieldOf([key, part]) {
      const name = nameOf(String(key ?? '')) ?? entries[0]![1];
      const which = part === 'sourceSlug' ? 'basis_source' : part === 'quote' ? 'basis_quote' : part === 'where' ? 'basis_where' : part === 'reason' ? 'basis_reason' : part === 'reasonKo' ? 'basis_reason_ko' : 'basis';
      return flatName(name, which);
    },
  };
}

/** The sources a record's claims cite, to check they exist. */
export const claimSources = (claims: Claims) => [...new Set(Object.values(claims).flatMap((c) => (c.sourceSlug ? [c.sourceSlug] : [])))];

/** Claims citing a source the register does not have, reported on their own source field. */
export function claimReferences(fieldOf: (path: PropertyKey[]) => string, claims: Claims, missing: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const [key, c] of Object.entries(claims)) {
    if (c.sourceSlug && missing.includes(c.sourceSlug)) errors[fieldOf(['claims', key, 'sourceSlug'])] = [{ code: 'unknown', params: { values: c.sourceSlug } }];
  }
  return errors;
}

/** The source choices of every claim's source field of a form. */
export const claimChoices = <O>(fields: readonly FieldSpec[], sources: O) =>
  Object.fromEntries(fields.filter((f) => f.name.endsWith('_basis_source')).map((f) => [f.name, sources]));

export type { LinkMode };
