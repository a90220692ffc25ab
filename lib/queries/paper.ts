// What in the register rests on each part of the paper: the key figures that quote a paragraph,
// the recommendation records of its ten recommendations, and the works its footnotes cite.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type PaperDocument, locateQuote, paper } from '@/lib/paper';

export type Resting =
  | { kind: 'key-figure'; slug: string; label: string; labelKo: string | null }
  | { kind: 'recommendation'; number: number; title: string; titleKo: string | null }
  | { kind: 'source'; slug: string; title: string };

/** For each block of the paper (by its anchor), the records that rest on it, in register order. */
export async function paperReferences(client: PrismaClient = db, doc: PaperDocument = paper()): Promise<Map<string, Resting[]>> {
  const [keyFigures, recommendations, footnotes] = await Promise.all([
    client.keyFigure.findMany({ where: { retiredAt: null, quote: { not: null } }, orderBy: { position: 'asc' }, select: { slug: true, label: true, labelKo: true, quote: true } }),
    client.recommendation.findMany({ orderBy: { number: 'asc' }, select: { number: true, title: true, titleKo: true } }),
    client.footnote.findMany({ orderBy: { number: 'asc' }, select: { number: true, source: { select: { slug: true, title: true, retiredAt: true } } } }),
  ]);
  const byBlock = new Map<string, Resting[]>();
  const add = (id: string, r: Resting) => byBlock.set(id, [...(byBlock.get(id) ?? []), r]);
  for (const k of keyFigures) {
    const block = k.quote ? locateQuote(k.quote, doc) : null;
    if (block) add(block.id, { kind: 'key-figure', slug: k.slug, label: k.label, labelKo: k.labelKo });
  }
  for (const r of recommendations) add(`recommendation-${r.number}`, { kind: 'recommendation', ...r });
  for (const f of footnotes) if (!f.source.retiredAt) add(`fn-${f.number}`, { kind: 'source', slug: f.source.slug, title: f.source.title });
  return byBlock;
}

/** The sentence a key figure quotes, to highlight on the paper's page; null for one that is not there. */
export async function keyFigureQuote(slug: string, client: PrismaClient = db): Promise<string | null> {
  const figure = await client.keyFigure.findUnique({ where: { slug }, select: { quote: true } });
  return figure?.quote ?? null;
}
