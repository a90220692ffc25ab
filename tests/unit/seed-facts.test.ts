// The seed's facts against the paper itself (a copy of its text ships as prisma/seed/paper.txt).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paper as paperDocument, textBlocks } from '@/lib/paper';
import { parseSeed } from '@/prisma/seed/seed';

const paper = readFileSync(path.join(process.cwd(), 'prisma/seed/paper.txt'), 'utf8');

/** Undo the text export's markdown escapes and footnote marks, and unify quotes and spaces. */
function plain(text: string): string {
  return text
    .replace(/\\([$*_])/g, '$1')
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');
}
const paperText = plain(paper);

/** The first number in a sentence, scaled by "billion"/"bn" if it follows. */
function firstAmount(text: string): number {
  const match = /(\d+(?:\.\d+)?)\s*(billion|bn)?/.exec(text);
  if (!match?.[1]) throw new Error(`No number in "${text}"`);
  return Number(match[1]) * (match[2] ? 1e9 : 1);
}

const seed = parseSeed();

describe('key figures', () => {
  it.each(seed.keyFigures.map((k) => [k.slug, k] as const))('%s is quoted verbatim from the paper', (_slug, k) => {
    expect(paperText).toContain(plain(k.quote));
  });

  it.each(seed.keyFigures.filter((k) => k.unit !== 'top').map((k) => [k.slug, k] as const))(
    '%s has the value that its own words and its quote state',
    (_slug, k) => {
      expect(firstAmount(k.valueText)).toBe(k.value);
      const digits = /\d+(?:\.\d+)?/.exec(k.valueText)?.[0] ?? '';
      expect(plain(k.quote)).toMatch(new RegExp(`(^|[^\\d.])${digits.replace('.', '\\.')}([^\\d]|$)`));
    },
  );

  it('states the paper’s headline numbers', () => {
    const bySlug = new Map(seed.keyFigures.map((k) => [k.slug, k]));
    expect(bySlug.get('rok-defence-exports-2023')).toMatchObject({ value: 14e9, unit: 'USD', year: 2023 });
    expect(bySlug.get('rok-export-destinations-2023')).toMatchObject({ value: 12, year: 2023 });
    expect(bySlug.get('rok-exporter-rank')).toMatchObject({ value: 10, valueText: 'top ten' });
    expect(bySlug.get('edf-budget')).toMatchObject({ value: 8e9, unit: 'EUR', year: 2027 });
    expect(bySlug.get('safe-endowment')).toMatchObject({ value: 150e9, unit: 'EUR' });
    expect(bySlug.get('non-eu-content-cap')).toMatchObject({ value: 35, unit: 'percent' });
  });
});

describe('deals and instruments', () => {
  const deal = (slug: string) => seed.deals.find((d) => d.slug === slug);
  const instrument = (code: string) => seed.instruments.find((i) => i.code === code);

  it('match the paper’s values, currencies and dates', () => {
    expect(deal('hanwha-k9-romania')).toMatchObject({ partnerCountry: 'RO', date: '2024-07', value: { amount: 1e9, currency: 'USD' } });
    expect(deal('hyundai-rotem-k2-poland-2025')).toMatchObject({ partnerCountry: 'PL', date: '2025-07', value: { amount: 6.5e9, currency: 'USD' } });
    expect(deal('airbus-kai-light-armed-helicopter')).toMatchObject({ date: '2023-08' });
    expect(deal('mbda-kai-cooperation-2023')?.date).toMatch(/^2023-11/);
    expect(instrument('edf')?.budget).toMatchObject({ amount: 8e9, currency: 'EUR' });
    expect(instrument('edf')?.periodEnd).toBe(2027);
    expect(instrument('safe')?.budget).toMatchObject({ amount: 150e9, currency: 'EUR' });
  });

  it('quote amounts the paper gives in the same currency', () => {
    expect(paperText).toContain('US$1 billion K9 howitzer deal with Romania');
    expect(paperText).toContain('record $6.5 bn K2 tank deal with Poland');
    expect(paperText).toContain('€8 billion until 2027');
    expect(paperText).toContain('€150 billion');
  });

  it('has every instrument the paper names', () => {
    expect(seed.instruments.map((i) => i.code).sort()).toEqual(
      ['diana', 'dpap', 'edf', 'edip', 'horizon-europe', 'ip4', 'ndpp', 'nif', 'safe'].sort(),
    );
  });
});

describe('sources', () => {
  it('cover all 13 footnotes, each with the address the paper gives', () => {
    const numbers = seed.sources.flatMap((s) => s.footnotes).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    // The works the footnotes cite carry the address the paper gives; the references for facts the
    // paper takes as known (memberships) are cited by no footnote.
    for (const s of seed.sources.filter((s) => s.url && s.footnotes.length)) expect(paper).toContain(s.url);
    for (const s of seed.sources.filter((s) => s.kind !== 'paper' && !s.footnotes.length)) expect(s.note, s.slug).toMatch(/^A reference outside the paper/);
  });

  it('are all cited by something, and every citation resolves', () => {
    const slugs = new Set(seed.sources.map((s) => s.slug));
    const cited = [
      ...seed.deals.flatMap((d) => [...d.sourceSlugs, ...(d.value ? [d.value.sourceSlug] : []), ...d.events.map((e) => e.sourceSlug)]),
      ...seed.instruments.flatMap((i) => [...i.sourceSlugs, ...(i.budget ? [i.budget.sourceSlug] : [])]),
      ...seed.recommendations.flatMap((r) => r.sourceSlugs),
      ...seed.challenges.flatMap((c) => c.sourceSlugs),
      ...seed.keyFigures.map((k) => k.sourceSlug),
      ...seed.countries.flatMap((c) => Object.values(c.claims).flatMap((claim) => (claim.sourceSlug ? [claim.sourceSlug] : []))),
    ];
    for (const slug of cited) expect(slugs).toContain(slug);
    for (const slug of slugs) expect(cited).toContain(slug);
  });
});

describe('recommendations', () => {
  it('are the paper’s ten, numbered 1–10, with the instrument links it draws', () => {
    expect(seed.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const links = (n: number) => seed.recommendations.find((r) => r.number === n)?.instrumentCodes;
    expect(links(4)).toEqual(expect.arrayContaining(['diana', 'nif']));
    expect(links(5)).toEqual(expect.arrayContaining(['dpap', 'ndpp']));
    expect(links(8)).toEqual(['horizon-europe']);
    expect(links(10)).toEqual(expect.arrayContaining(['safe', 'edip']));
    for (const r of seed.recommendations) expect(r.milestones.length).toBeGreaterThan(0);
  });
});

describe('Korean names', () => {
  // A body written two ways in Korean reads as two bodies: wherever the seed's Korean text names a
  // body by its English short name in brackets, the Korean words before it are the body's own.
  it('name each organisation one way', () => {
    const korean = JSON.stringify(seed).match(/"[^"]*[\uac00-\ud7a3][^"]*"/g) ?? [];
    for (const o of seed.organisations) {
      const short = /\(([^)]+)\)$/.exec(o.name)?.[1];
      const koreanName = /([\uac00-\ud7a3·]+)\([^)]+\)$/.exec(o.nameKo ?? '')?.[1];
      if (!short || !koreanName) continue;
      for (const text of korean) {
        for (const m of text.matchAll(new RegExp(`([\\uac00-\\ud7a3·]+)\\(${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`, 'g'))) {
          expect(m[1], `${o.slug} in ${text.slice(0, 60)}…`).toBe(koreanName);
        }
      }
    }
  });
});

describe('challenges', () => {
  // The paragraphs of chapter two that set out each challenge: from its opening words to the next one's.
  const openings = ['A first and persistent obstacle', 'A second challenge', 'A third set of challenges', 'Finally, the strategic geography', 'In short'];
  const blocks = textBlocks(paperDocument()).filter((b) => b.kind === 'paragraph');
  const start = (words: string) => blocks.findIndex((b) => b.text.startsWith(words));

  it('link only the instruments their own paragraphs name, and no recommendation (the paper draws none)', () => {
    for (const c of seed.challenges) {
      const text = blocks.slice(start(openings[c.number - 1]!), start(openings[c.number]!)).map((b) => b.text).join(' ');
      expect(text.length, c.slug).toBeGreaterThan(200);
      for (const code of c.instrumentCodes) {
        const acronym = seed.instruments.find((i) => i.code === code)!.acronym;
        expect(text, `${c.slug} → ${acronym}`).toContain(acronym);
      }
      expect(c.recommendationNumbers, c.slug).toEqual([]);
    }
  });
});
