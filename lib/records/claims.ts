// What each value of a record rests on, after Wikidata's references: a claim is *stated* (the
// source's exact words and where in it they stand), *inferred* (one sentence of reasoning, shown as
// such) or *reference* (a fact from outside the paper, with its own source). A record's claims are
// one field of its table: in the form and the export each claimable value has five columns
// (`<name>_basis`, `_basis_source`, `_basis_quote`, `_basis_where`, `_basis_reason`); in the database
// they are rows of `Claim`. Claims on links (`instruments:edf`) are one column per kind of link whose
// links the form edits (`instruments_basis`, a line per link, lib/editing/rows.ts): a link is refused
// without its claim, and goes with it. Claims on links the form does not edit (challenges) are kept.
import { z } from 'zod';
import type { FieldErrors, FieldSpec, Values } from '@/lib/editing/types';
import { byKey, joinRows, splitList, splitRows } from '@/lib/editing/rows';
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
type Part = (typeof parts)[number];
const flatName = (name: string, part: Part) => `${name}_${part}`;
/** The part of a claim's columns each of its keys is written in. */
const partOf = { basis: 'basis', sourceSlug: 'basis_source', quote: 'basis_quote', where: 'basis_where', reason: 'basis_reason', reasonKo: 'basis_reason_ko' } as const satisfies Record<keyof Claim, Part>;

/** A claim's raw input from its parts (`get` gives each part's text); the schema checks it. */
const claimFrom = (get: (part: Part) => string | undefined) => ({
  basis: text(get('basis')),
  sourceSlug: optionalText(get('basis_source')),
  quote: optionalText(get('basis_quote')),
  where: optionalText(get('basis_where')),
  reason: optionalText(get('basis_reason')),
  reasonKo: optionalText(get('basis_reason_ko')),
});
/** A parsed claim's parts, in the order of `parts`. */
const claimParts = (c: Claim | undefined) => [c?.basis ?? '', c?.sourceSlug ?? '', c?.quote ?? '', c?.where ?? '', c?.reason ?? '', c?.reasonKo ?? ''];
/** A stored claim's parts, as `claimParts` gives them. */
const storedParts = (c: StoredClaim | undefined) => [c?.basis ?? '', c?.source?.slug ?? '', c?.quote ?? '', c?.anchor ?? '', c?.reason ?? '', c?.reasonKo ?? ''];

/** What a query includes to read a record's claims (as {@link StoredClaim}s). */
export const claimsInclude = { include: { source: { select: { slug: true, title: true } } }, orderBy: { field: 'asc' } } as const;

/** The claim of one stored record on `field`, if it has one. */
export const claimOn = (claims: readonly StoredClaim[] | undefined, field: string) => claims?.find((c) => c.field === field);

/** The flat name of one part of the claim on one link: `instruments.edf.basis_quote` (the form's input and its problems). */
export const linkClaimField = (name: string, id: string, part: Part) => `${name}.${id}.${part}`;

/**
 * The claims of a record. `claimable` maps each value a reader could cite (its key in the data) to
 * the flat name its columns start with (`partnerCountry` → `partner_country`); `linked` maps each kind
 * of link the form edits (its claims' prefix, `instruments`) to the flat field that lists its links.
 */
export function claimsField<Stored extends { claims?: readonly StoredClaim[] }, Row>(
  claimable: Record<string, string>,
  linked: Record<string, string> = {},
): Field<typeof claimsSchema, Stored, Row> & { claimable: Record<string, string> } {
  const entries = Object.entries(claimable);
  const links = Object.entries(linked);
  const formKeys = entries.map(([key]) => key);
  const isFormKey = (key: string) => formKeys.includes(key) || links.some(([prefix]) => key.startsWith(`${prefix}:`));
  const flat: FieldSpec[] = [
    ...entries.flatMap(([, name]): FieldSpec[] => [
      { name: flatName(name, 'basis'), kind: 'select', options: claimBases, vocab: 'vocab.claimBasis', laterColumn: true },
      { name: flatName(name, 'basis_source'), kind: 'select', laterColumn: true },
      { name: flatName(name, 'basis_quote'), kind: 'textarea', laterColumn: true },
      { name: flatName(name, 'basis_where'), kind: 'text', laterColumn: true },
      { name: flatName(name, 'basis_reason'), kind: 'textarea', laterColumn: true },
      { name: flatName(name, 'basis_reason_ko'), kind: 'textarea', laterColumn: true },
    ]),
    // A line per link: its id, then the parts of its claim. The sources are the register's.
    ...links.map(([, name]): FieldSpec => ({ name: flatName(name, 'basis'), kind: 'linkClaims', parts, secondOptions: claimBases, secondVocab: 'vocab.claimBasis', laterColumn: true })),
  ];
  const nameOf = (key: string) => claimable[key];
  /** The lines of one kind of link's claims, by id in the links' own order. */
  const lines = (prefix: string, claims: Array<[string, string[]]>) =>
    joinRows(
      claims
        .filter(([key]) => key.startsWith(`${prefix}:`))
        .map(([key, cells]) => [key.slice(prefix.length + 1), ...cells])
        .sort((a, b) => byKey(a[0]!, b[0]!)),
    );

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
        out[key] = claimFrom((part) => values[flatName(name, part)]);
      }
      for (const [prefix, name] of links) {
        const rows = new Map<string, string[]>();
        for (const [id = '', ...cells] of splitRows(values[flatName(name, 'basis')])) {
          if (cells.length > parts.length) (errors[`${name}.${id}`] ??= []).push({ code: 'rowParts', params: { max: parts.length + 1 } });
          rows.set(id, cells);
        }
        // Each link rests on its claim, or is refused; a claim whose link is gone goes with it.
        for (const id of splitList(values[name])) {
          const cells = rows.get(id) ?? [];
          if (!cells[0]) (errors[linkClaimField(name, id, 'basis')] ??= []).push({ code: 'linkBasis' });
          else out[`${prefix}:${id}`] = claimFrom((part) => cells[parts.indexOf(part)]);
        }
      }
      return out;
    },
    write(claims) {
      const out: Values = {};
      for (const [key, name] of entries) claimParts(claims[key]).forEach((cell, i) => (out[flatName(name, parts[i]!)] = cell));
      for (const [prefix, name] of links) out[flatName(name, 'basis')] = lines(prefix, Object.entries(claims).map(([key, c]) => [key, claimParts(c)]));
      return out;
    },
    cells(stored) {
      const out: Record<string, Cell> = {};
      for (const [key, name] of entries) storedParts(claimOn(stored.claims, key)).forEach((cell, i) => (out[flatName(name, parts[i]!)] = cell || null));
      for (const [prefix, name] of links) out[flatName(name, 'basis')] = lines(prefix, (stored.claims ?? []).map((c) => [c.field, storedParts(c)])) || null;
      return out;
    },
    row: () => ({}),
    nested(claims, mode, which, refs) {
      const keys = which === 'form' ? Object.keys(claims).filter(isFormKey) : Object.keys(claims);
      // One statement for all of a record's claims: an import writes thousands of records.
      const data = keys.flatMap((field) => {
        const c = claims[field];
        if (!c) return [];
        return [{ field, basis: c.basis, quote: c.quote ?? null, anchor: c.where ?? null, reason: c.reason ?? null, reasonKo: c.reasonKo ?? null, sourceId: c.sourceSlug ? refs.sourceId(c.sourceSlug) : null }];
      });
      const create = { createMany: { data } };
      // An edit replaces the claims its form carries (its values' and its edited links') and keeps the seed's claims on other links.
      const edited = { OR: [{ field: { in: formKeys } }, ...links.map(([prefix]) => ({ field: { startsWith: `${prefix}:` } }))] };
      return { relation: 'claims', write: mode === 'set' ? { deleteMany: which === 'form' ? edited : {}, ...create } : create };
    },
    fieldOf([key, part]) {
      const which = partOf[String(part) as keyof Claim] ?? 'basis';
      const link = links.find(([prefix]) => String(key).startsWith(`${prefix}:`));
      if (link) return linkClaimField(link[1], String(key).slice(link[0].length + 1), which);
      return flatName(nameOf(String(key ?? '')) ?? entries[0]![1], which);
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
  Object.fromEntries(fields.filter((f) => f.name.endsWith('_basis_source') || f.kind === 'linkClaims').map((f) => [f.name, sources]));

export type { LinkMode };
