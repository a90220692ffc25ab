// The paper as Ties shows it (/paper): its text parsed into sections, paragraphs, recommendations and
// footnotes with stable anchors, and every seeded quotation found at its place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAPER_FILE, findQuote, locateQuote, paper, sectionIds, textBlocks } from '@/lib/paper';
import { comparable, parsePaper } from '@/lib/paper/parse';
import { parseSeed } from '@/prisma/seed/seed';

const doc = paper();
const blocks = textBlocks(doc);
const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const toNumber = (s: string) => Number([...s].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join(''));

describe('the paper, parsed', () => {
  it('has its sections in order, each once', () => {
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.section.id)).toEqual(sectionIds);
  });

  it('has the 13 footnotes and the 10 recommendations, in order', () => {
    expect(blocks.filter((b) => b.kind === 'footnote').map((b) => b.number)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(blocks.filter((b) => b.kind === 'recommendation').map((b) => b.number)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('gives every block its own anchor', () => {
    const ids = blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('joins paragraphs a page broke and leaves out pull quotes', () => {
    for (const b of blocks) expect(b.text, b.id).toMatch(/^[^a-z]/);
    expect(blocks.find((b) => b.text.startsWith('South Korea is in the top ten'))).toBeUndefined();
    expect(blocks.find((b) => b.text.includes('Achieving deeper cooperation will therefore require bold and ambitious leadership from both sides**'))).toBeUndefined();
    // One paragraph runs across a page and five footnotes: it ends where the text does.
    expect(blocks.find((b) => b.id === 'chapter-1-p2')?.text).toMatch(/with the development of cutting-edge technologies\.$/);
    expect(blocks.find((b) => b.id === 'recommendation-2')?.text).toMatch(/\(Seoul, Brussels, Tokyo, Canberra, New Delhi, etc\.\)\.$/);
  });

  it('marks each footnote once in the body, and keeps the addresses set on their own line', () => {
    const marks = blocks.filter((b) => b.kind !== 'footnote').flatMap((b) => [...b.text.matchAll(SUPERSCRIPT)].map((m) => toNumber(m[0])));
    expect(marks.sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(blocks.find((b) => b.id === 'fn-9')?.text).toContain('https://www.consilium.europa.eu/');
    expect(blocks.find((b) => b.id === 'fn-11')?.text).toContain('https://www.eeas.europa.eu/');
  });

  it('is the same document each time it is read', () => {
    const again = parsePaper(readFileSync(path.join(process.cwd(), PAPER_FILE), 'utf8'));
    expect(again).toEqual(doc);
  });
});

describe('quotations', () => {
  const seed = parseSeed();

  it.each(seed.keyFigures.map((k) => [k.slug, k.quote] as const))('key figure %s is found where the paper states it', (_slug, quote) => {
    const block = locateQuote(quote);
    expect(block).not.toBeNull();
    const at = findQuote(block!.text, quote)!;
    // The highlighted span is the quotation, with the paper's own marks.
    expect(comparable(block!.text.slice(at.start, at.end))).toBe(comparable(quote));
  });

  it('finds nothing for words the paper does not say', () => {
    expect(locateQuote('South Korea is a member of the European Union')).toBeNull();
    expect(findQuote('anything', '')).toBeNull();
  });

  it('reads quotes and dashes as the same whatever their typography', () => {
    const block = locateQuote("Seoul's defence exports rose sharply in recent years - reaching roughly US$14 billion");
    expect(block?.id).toBe('chapter-1-p1');
  });
});
