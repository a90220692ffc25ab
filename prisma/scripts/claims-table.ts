// `npm run claims:table`: writes prisma/seed/claims.md, every claim of the seed with what it rests on
// (the paper's words and where they stand, the reason it was inferred, or the source it was taken
// from), grouped by record, so a reviewer can read the register against the paper in one sitting.
// The file is generated; tests/unit/seed-claims.test.ts checks it is what this writes now.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PAPER_SOURCE, locateQuote } from '@/lib/paper';
import { placeOf } from '@/lib/paper/place';
import type { Claim } from '@/lib/records/claims';
import { deal } from '@/lib/records/deal';
import { country } from '@/lib/records/country';
import { instrument } from '@/lib/records/instrument';
import { type Seed, parseSeed } from '@/prisma/seed/seed';
import { runIfMain } from './cli';

export const CLAIMS_TABLE_FILE = 'prisma/seed/claims.md';

/** One claim of the seed: the record and value it qualifies, the value as a reader and as the export reads it. */
export type ClaimRow = {
  kind: 'deal' | 'instrument' | 'country' | 'key figure';
  record: string;
  title: string;
  field: string;
  /** The value as data: what its numbers are read from. */
  data: unknown;
  value: string;
  stored: string;
  claim: Claim;
};

type Flat = Record<string, string | string[] | undefined>;
type Table = Record<string, { write: (value: never) => Flat } | undefined>;

/** A value as a reader sees it; the paper not saying is a value of its own. */
export function readable(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'not stated';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(readable).join(', ');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('amount' in v) return `${String(v.text ?? v.amount)} (${String(v.amount)} ${String(v.currency)})`;
    if ('slug' in v) return 'role' in v ? `${String(v.slug)} (${String(v.role)})` : String(v.slug);
  }
  return String(value);
}

/** The flat columns a value is written as (the export's and the form's), `name=value`. */
function storedAs(table: Table, field: string, value: unknown): string {
  const write = table[field]?.write;
  if (!write) return readable(value);
  return Object.entries(write(value as never))
    .map(([name, v]) => `${name}=${Array.isArray(v) ? v.join(',') : (v ?? '')}`)
    .join('; ');
}

/** What a claim qualifies: a field (`value`), the instrument's period, or a link (`recommendations:3`). */
function claimed(table: Table, data: Record<string, unknown>, field: string): Pick<ClaimRow, 'data' | 'value' | 'stored'> {
  const link = /^([a-z]+):(.+)$/i.exec(field);
  if (link) return { data: undefined, value: `linked to ${link[1]} ${link[2]}`, stored: `${link[1]} ∋ ${link[2]}` };
  if (field === 'period') {
    const [start, end] = [data.periodStart, data.periodEnd] as Array<number | undefined>;
    const value = start && end ? `${start}–${end}` : end ? `until ${end}` : start ? `from ${start}` : 'not stated';
    return { data: [start, end].filter((y) => y !== undefined), value, stored: `period_start=${start ?? ''}; period_end=${end ?? ''}` };
  }
  return { data: data[field], value: readable(data[field]), stored: storedAs(table, field, data[field]) };
}

/** Every claim of the seed, record by record, in the seed's order. */
export function claimRows(seed: Seed = parseSeed()): ClaimRow[] {
  const rows: ClaimRow[] = [];
  const add = (kind: ClaimRow['kind'], table: Table, record: string, title: string, data: Record<string, unknown>, claims: Record<string, Claim>) => {
    for (const [field, claim] of Object.entries(claims)) rows.push({ kind, record, title, field, claim, ...claimed(table, data, field) });
  };
  for (const d of seed.deals) add('deal', deal.table as unknown as Table, d.slug, d.title, d, d.claims);
  for (const i of seed.instruments) add('instrument', instrument.table as unknown as Table, i.code, `${i.acronym}: ${i.name}`, i, i.claims);
  for (const c of seed.countries) add('country', country.table as unknown as Table, c.code, c.name, c, c.claims);
  // A key figure is one stated value: the paper's sentence, and the work the paper cites for it.
  for (const k of seed.keyFigures) {
    const claim: Claim = { basis: 'stated', sourceSlug: k.sourceSlug, quote: k.quote, where: locateQuote(k.quote)?.id };
    rows.push({
      kind: 'key figure',
      record: k.slug,
      title: k.label,
      field: 'value',
      claim,
      data: { amount: k.value, text: k.valueText, year: k.year },
      value: k.valueText,
      stored: `value=${k.value}; unit=${k.unit}; value_text=${k.valueText}; year=${k.year ?? ''}`,
    });
  }
  return rows;
}

/** Where in the paper an anchor points, in words: `chapter-1-p1 (chapter-1, paragraph 1)`. */
function where(anchor: string | undefined): string {
  if (!anchor) return '';
  const place = placeOf(anchor);
  if (!place) return anchor;
  if (place.kind === 'paragraph') return `${anchor} (${place.section}, paragraph ${place.number})`;
  return `${anchor} (${place.kind} ${place.number})`;
}

/** A cell of a Markdown table: one line, its pipes escaped. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const sections: Array<{ kind: ClaimRow['kind']; heading: string; note: string }> = [
  { kind: 'deal', heading: 'Deals', note: 'Values the paper does not give are empty and have no claim (see the record for them).' },
  { kind: 'instrument', heading: 'Instruments', note: 'Budget, period, third-country terms and South Korea’s access level; a value the paper does not give is empty and has no claim.' },
  {
    kind: 'country',
    heading: 'Countries',
    note: 'Memberships of the EU and NATO and NATO’s Indo-Pacific partnership: stated where the paper says so, otherwise a reference to the body’s own list; a membership not recorded has no claim.',
  },
  {
    kind: 'key figure',
    heading: 'Key figures',
    note: 'Each key figure is stated: its quote is the paper’s sentence (found at the anchor given), its source the work the paper cites for it.',
  },
];

/** The table as Markdown. */
export function claimsTable(rows: ClaimRow[] = claimRows()): string {
  const count = (basis: string) => rows.filter((r) => r.claim.basis === basis).length;
  const out = [
    '# The seed’s claims',
    '',
    'Generated by `npm run claims:table` from the seed (`prisma/seed/data/`); do not edit by hand.',
    'Every value of the seed a reader could cite, with what it rests on: **stated** (the source’s exact words and where they stand;',
    `for the paper, \`${PAPER_SOURCE}\`, the anchor of its paragraph, recommendation or footnote on \`/paper\`),`,
    '**inferred** (one sentence of reasoning) or **reference** (a fact from outside the paper, with its own source).',
    '`tests/unit/seed-claims.test.ts` checks each stated quote against `prisma/seed/paper.txt` at its anchor, and each number of the value against its quote.',
    '',
    `${rows.length} claims: ${count('stated')} stated, ${count('inferred')} inferred, ${count('reference')} reference.`,
  ];
  for (const section of sections) {
    const ofKind = rows.filter((r) => r.kind === section.kind);
    if (!ofKind.length) continue;
    out.push('', `## ${section.heading}`, '', section.note);
    for (const record of [...new Set(ofKind.map((r) => r.record))]) {
      const claims = ofKind.filter((r) => r.record === record);
      out.push('', `### \`${record}\` — ${cell(claims[0]!.title)}`, '', '| Value | Reads | Stored as | Basis | Source | Where | Quote or reason |', '| --- | --- | --- | --- | --- | --- | --- |');
      for (const r of claims) {
        const words = r.claim.basis === 'inferred' ? (r.claim.reason ?? '') : r.claim.quote ? `“${r.claim.quote}”` : '';
        out.push(
          `| ${[`\`${r.field}\``, cell(r.value), cell(r.stored), r.claim.basis, r.claim.sourceSlug ? `\`${r.claim.sourceSlug}\`` : '', cell(where(r.claim.where)), cell(words)].join(' | ')} |`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}

runIfMain(import.meta.url, async () => {
  const file = path.join(process.cwd(), CLAIMS_TABLE_FILE);
  const rows = claimRows();
  writeFileSync(file, claimsTable(rows));
  console.log(`Wrote ${CLAIMS_TABLE_FILE}: ${rows.length} claims.`);
});
