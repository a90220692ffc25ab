// Every claim of the seed against the paper (prisma/seed/paper.txt): a stated value's words stand in
// the paper at the anchor it names and carry each number of the value; an inferred value says why;
// a value taken from elsewhere names a source that is not the paper. And the committed table of
// claims (prisma/seed/claims.md) is what `npm run claims:table` writes now.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAPER_SOURCE, findQuote, paper, textBlocks } from '@/lib/paper';
import { CLAIMS_TABLE_FILE, type ClaimRow, claimRows, claimsTable } from '@/prisma/scripts/claims-table';
import { parseSeed } from '@/prisma/seed/seed';

const scales: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * The numbers a text states: "US$1 billion" is 1_000_000_000, "$6.5 bn" 6_500_000_000, "35%" 35,
 * "2028-2034" two years, "top ten" 10. Digits inside a name (IP4, K2, KF-21) are not numbers.
 */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  const number = /(?<![\p{L}\d.,])(?<!\p{L}-)(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|mn|billion|bn|trillion|tn)\b)?/giu;
  for (const m of text.matchAll(number)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    out.push(m[2] ? Math.round(n * scales[m[2].toLowerCase()]!) : n);
  }
  for (const m of text.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi)) out.push(words[m[1]!.toLowerCase()]!);
  return out;
}

/** The numbers of a claimed value: an amount and its words, a year, the numbers in a text. */
export function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value === 'string') return /^\d{4}(-\d{2}){0,2}$/.test(value) ? [Number(value.slice(0, 4))] : numbersIn(value);
  if (Array.isArray(value)) return value.flatMap(numbersOf);
  if (value && typeof value === 'object' && 'amount' in value) {
    const v = value as { amount: number; text?: string; year?: number };
    return [v.amount, ...(v.text ? numbersIn(v.text) : []), ...(v.year ? [v.year] : [])];
  }
  return [];
}

const blocks = new Map(textBlocks(paper()).map((b) => [b.id, b]));

/** What is wrong with a claim of the seed: nothing, for a claim a reader can check against its source. */
export function claimProblems(row: Pick<ClaimRow, 'kind' | 'data' | 'claim'>): string[] {
  const { claim } = row;
  const problems: string[] = [];
  if (claim.basis === 'inferred' && !claim.reason?.trim()) problems.push('an inferred value gives no reason');
  if (claim.basis === 'reference' && (!claim.sourceSlug || claim.sourceSlug === PAPER_SOURCE)) problems.push('a reference value names no source outside the paper');
  if (claim.basis !== 'stated') return problems;
  if (!claim.quote) return [...problems, 'a stated value gives no words'];
  // A key figure's words are the paper's; its source is the work the paper cites for it.
  if (claim.sourceSlug !== PAPER_SOURCE && row.kind !== 'key figure') return problems;
  const block = claim.where ? blocks.get(claim.where) : undefined;
  if (!block) return [...problems, `no paragraph, recommendation or footnote of the paper is anchored "${claim.where ?? ''}"`];
  if (!findQuote(block.text, claim.quote)) return [...problems, `the words are not at ${claim.where}`];
  const stated = numbersIn(claim.quote);
  for (const n of numbersOf(row.data)) if (!stated.includes(n)) problems.push(`${n} is not in the words`);
  return problems;
}

const seed = parseSeed();
const rows = claimRows(seed);
const label = (r: ClaimRow) => `${r.kind} ${r.record}: ${r.field}`;

describe('the number reader', () => {
  it.each([
    ['including a US$1 billion K9 howitzer deal', [1e9]],
    ['record $6.5 bn K2 tank deal', [6.5e9]],
    ['SAFE is endowed with €150 billion', [150e9]],
    ['cannot exceed 35%.', [35]],
    ['a 10-year grace period', [10]],
    ['(2028-2034)', [2028, 2034]],
    ['roughly US$14 billion to 12 countries in 2023', [14e9, 12, 2023]],
    ['in the top ten global arms exporters', [10]],
    ['IP4 countries, K2/K2-derived tanks and the KF-21', []],
    ['1,500 units', [1500]],
  ] as const)('reads %s', (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });
});

describe('the seed’s claims', () => {
  it('cover deals, instruments, countries and key figures, each of the paper’s instruments with its access level', () => {
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['deal', 'instrument', 'country', 'key figure']));
    // Every membership a country records rests on something; none that it does not record has a claim.
    for (const c of seed.countries) {
      for (const m of ['eu', 'nato', 'ip4'] as const) expect(Boolean(c.claims[m]), `${c.code} ${m}`).toBe(c[m]);
    }
    for (const i of seed.instruments) expect(i.claims.accessLevel, i.code).toBeDefined();
    for (const i of seed.instruments.filter((i) => i.budget)) expect(i.claims.budget, i.code).toBeDefined();
    // A value the paper does not give is empty: it has no claim to rest on.
    for (const i of seed.instruments.filter((i) => !i.budget)) expect(i.claims.budget, i.code).toBeUndefined();
  });

  it.each(rows.map((r) => [label(r), r] as const))('%s rests on what it says', (_label, row) => {
    expect(claimProblems(row)).toEqual([]);
  });

  it('name every stated quote’s anchor, found in the paper', () => {
    for (const r of rows.filter((r) => r.claim.basis === 'stated' && r.claim.sourceSlug === PAPER_SOURCE)) expect(r.claim.where, label(r)).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('a claim that does not rest on the paper', () => {
  const k9 = rows.find((r) => r.kind === 'deal' && r.record === 'hanwha-k9-romania' && r.field === 'value')!;
  const edf = rows.find((r) => r.kind === 'instrument' && r.record === 'edf' && r.field === 'period')!;

  it('is seen: the checks pass on the seed’s own claims', () => {
    expect(claimProblems(k9)).toEqual([]);
    expect(claimProblems(edf)).toEqual([]);
  });

  it('fails on words the paper does not have', () => {
    expect(claimProblems({ ...k9, claim: { ...k9.claim, quote: 'including a US$2 billion K9 howitzer deal with Romania' } })).toEqual(['the words are not at chapter-1-p1']);
  });

  it('fails on the wrong anchor, or one the paper does not have', () => {
    expect(claimProblems({ ...k9, claim: { ...k9.claim, where: 'chapter-1-p2' } })).toEqual(['the words are not at chapter-1-p2']);
    expect(claimProblems({ ...k9, claim: { ...k9.claim, where: 'chapter-9-p1' } })[0]).toMatch(/anchored "chapter-9-p1"/);
  });

  it('fails on a number its words do not state', () => {
    expect(claimProblems({ ...k9, data: { amount: 2_000_000_000, currency: 'USD', text: 'US$2 billion' } })).toEqual(['2000000000 is not in the words', '2000000000 is not in the words']);
    expect(claimProblems({ ...edf, data: [2021, 2027] })).toEqual(['2021 is not in the words']);
  });

  it('fails when an inferred value has no reason, or a reference value cites the paper', () => {
    expect(claimProblems({ kind: 'deal', data: '2024-07', claim: { basis: 'inferred' } })).toEqual(['an inferred value gives no reason']);
    expect(claimProblems({ kind: 'deal', data: 'RO', claim: { basis: 'reference', sourceSlug: PAPER_SOURCE } })).toEqual(['a reference value names no source outside the paper']);
    expect(claimProblems({ kind: 'deal', data: 'RO', claim: { basis: 'reference', sourceSlug: 'ng-2024-hanwha-romanian-k9' } })).toEqual([]);
  });
});

describe('the committed table of claims', () => {
  it('is what `npm run claims:table` writes now', () => {
    const committed = readFileSync(path.join(process.cwd(), CLAIMS_TABLE_FILE), 'utf8');
    expect(committed, `${CLAIMS_TABLE_FILE} is out of date: run npm run claims:table`).toBe(claimsTable(rows));
  });

  it('lists every claim with its basis, and each stated quote with its anchor', () => {
    const table = claimsTable(rows);
    expect(table.match(/^\| `[^`]+` \|/gm)).toHaveLength(rows.length);
    const edfTerms = rows.find((r) => r.record === 'edf' && r.field === 'thirdCountryTerms')!;
    expect(table).toContain(`| stated | \`${PAPER_SOURCE}\` | chapter-2-p2 (chapter-2, paragraph 2) | “${edfTerms.claim.quote}” |`);
  });
});
