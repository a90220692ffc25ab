// The paper's findings against the paper: each quote stands verbatim in prisma/seed/paper.txt (after the
// normalisation locateQuote uses) at the anchor it names; each link names a record the seed has; the
// seed writes them, in the paper's order, and writing them twice leaves the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findQuote, locateQuote, paper, textBlocks } from '@/lib/paper';
import { findingSchema } from '@/lib/schemas/finding';
import { findings as rawFindings } from '@/prisma/seed/data/findings';
import { parseSeed, seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const data = parseSeed();
const blocks = new Map(textBlocks(paper()).map((b) => [b.id, b]));

describe('each finding of the seed', () => {
  it.each(data.findings.map((f) => [f.slug, f] as const))('%s quotes the paper at its anchor', (_slug, f) => {
    const raw = rawFindings.find((r) => r.slug === f.slug)!;
    // The data names its anchor; it is the one the paper's text gives for the words.
    expect(raw.anchor).toBe(f.anchor);
    expect(locateQuote(f.quote)?.id).toBe(f.anchor);
    expect(findQuote(blocks.get(f.anchor)!.text, f.quote)).not.toBeNull();
  });

  it('links only to deals, instruments, recommendations and countries the seed has', () => {
    const deals = new Set(data.deals.map((d) => d.slug));
    const instruments = new Set(data.instruments.map((i) => i.code));
    const recommendations = new Set(data.recommendations.map((r) => r.number));
    const countries = new Set(data.countries.map((c) => c.code));
    for (const f of data.findings) {
      for (const slug of f.dealSlugs) expect(deals.has(slug), `${f.slug} → deal ${slug}`).toBe(true);
      for (const code of f.instrumentCodes) expect(instruments.has(code), `${f.slug} → instrument ${code}`).toBe(true);
      for (const n of f.recommendationNumbers) expect(recommendations.has(n), `${f.slug} → recommendation ${n}`).toBe(true);
      for (const code of f.countryCodes) expect(countries.has(code), `${f.slug} → country ${code}`).toBe(true);
    }
  });

  it('has a unique slug, and a Korean label', () => {
    expect(new Set(data.findings.map((f) => f.slug)).size).toBe(data.findings.length);
    for (const f of data.findings) expect(f.titleKo, f.slug).toMatch(/[가-힣]/);
  });

  it('covers every theme, NATO’s own tools and the “ever-warm” factories', () => {
    expect(new Set(data.findings.map((f) => f.theme))).toEqual(new Set(['offer', 'tool', 'challenge', 'remedy']));
    expect(data.findings.some((f) => f.quote.includes('STANAGs') && f.quote.includes('NIAG'))).toBe(true);
    expect(data.findings.some((f) => f.quote.includes('ever-warm'))).toBe(true);
    // Every paragraph of chapter two states at least one finding: the challenges in full.
    const chapterTwo = [...blocks.keys()].filter((id) => id.startsWith('chapter-2-p'));
    for (const id of chapterTwo) expect(data.findings.some((f) => f.anchor === id), id).toBe(true);
  });
});

describe('the finding schema', () => {
  const base = rawFindings.find((f) => f.slug === 'korea-ever-warm-factories')!;

  it('refuses words the paper does not have, even one word changed', () => {
    const result = findingSchema.safeParse({ ...base, quote: base.quote.replace('rapidly', 'quickly') });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['quote'], message: 'These words are not in the paper.' });
  });

  it('refuses an anchor that is not where the paper says it, and fills in an empty one', () => {
    expect(findingSchema.safeParse({ ...base, anchor: 'south-korea-p2' }).error?.issues[0]?.message).toBe('The paper says this at south-korea-p1, not at south-korea-p2.');
    expect(findingSchema.parse({ ...base, anchor: undefined }).anchor).toBe('south-korea-p1');
  });

  it('refuses an actor or theme outside the vocabulary', () => {
    expect(findingSchema.safeParse({ ...base, actors: ['china'] }).success).toBe(false);
    expect(findingSchema.safeParse({ ...base, theme: 'opinion' }).success).toBe(false);
  });
});

describe('the seed’s findings in a database', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
  });
  afterAll(() => temp.dispose());

  const snapshot = () =>
    temp.db.finding.findMany({
      orderBy: { position: 'asc' },
      omit: { id: true, createdAt: true, updatedAt: true },
      include: {
        actors: { select: { actor: true }, orderBy: { actor: 'asc' } },
        deals: { select: { slug: true }, orderBy: { slug: 'asc' } },
        instruments: { select: { code: true }, orderBy: { code: 'asc' } },
        recommendations: { select: { number: true }, orderBy: { number: 'asc' } },
        countries: { select: { code: true }, orderBy: { code: 'asc' } },
      },
    });

  it('writes every finding with its links, in the paper’s order, the same the second time', async () => {
    await seed(temp.db, data);
    const first = await snapshot();
    expect(first).toHaveLength(data.findings.length);
    const order = textBlocks(paper()).map((b) => b.id);
    const anchors = first.map((f) => order.indexOf(f.anchor));
    expect(anchors).toEqual([...anchors].sort((a, b) => a - b));
    const k9 = first.find((f) => f.slug === 'localisation-transfer-default-model')!;
    expect(k9.deals.map((d) => d.slug)).toEqual(['hanwha-k9-romania', 'hyundai-rotem-k2-poland-2025', 'poland-k2-derived-tank-co-production']);
    expect(k9.countries.map((c) => c.code)).toEqual(['PL', 'RO']);
    await seed(temp.db, data);
    expect(await snapshot()).toEqual(first);
  });

  it('removes a finding the seed no longer has, and its links and actors with it', async () => {
    const fewer = { ...data, findings: data.findings.filter((f) => f.slug !== 'nato-stanags-niag') };
    await seed(temp.db, fewer);
    expect(await temp.db.finding.count()).toBe(data.findings.length - 1);
    expect(await temp.db.finding.findUnique({ where: { slug: 'nato-stanags-niag' } })).toBeNull();
    await seed(temp.db, data);
    expect(await temp.db.finding.count()).toBe(data.findings.length);
  });
});
