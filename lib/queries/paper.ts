// What in the register rests on each part of the paper: the key figures that quote a paragraph,
// the recommendation records of its ten recommendations, the works its footnotes cite, and the
// paper's findings (lib/queries/findings.ts) by the paragraph that states them.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { PAPER_SOURCE, type PaperDocument, locateQuote, paper } from '@/lib/paper';

export type Resting =
  | { kind: 'key-figure'; slug: string; label: string; labelKo: string | null }
  | { kind: 'recommendation'; number: number; title: string; titleKo: string | null }
  | { kind: 'source'; slug: string; title: string }
  | { kind: 'deal'; slug: string; title: string; titleKo: string | null; fields: string[] }
  | { kind: 'instrument'; code: string; acronym: string; fields: string[] }
  | { kind: 'country'; code: string; name: string; nameKo: string | null; fields: string[] }
  | { kind: 'finding'; slug: string; title: string; titleKo: string | null };

/** How many of the register's claims on the paper its page reads: every seeded one, and far more than editors add. */
const CLAIMS_READ = 5000;

/** For each block of the paper (by its anchor), the records that rest on it, in register order. */
export async function paperReferences(client: PrismaClient = db, doc: PaperDocument = paper()): Promise<Map<string, Resting[]>> {
  const [keyFigures, recommendations, footnotes, claims, findings] = await Promise.all([
    client.keyFigure.findMany({ where: { retiredAt: null, quote: { not: null } }, orderBy: { position: 'asc' }, select: { slug: true, label: true, labelKo: true, quote: true } }),
    client.recommendation.findMany({ orderBy: { number: 'asc' }, select: { number: true, title: true, titleKo: true } }),
    client.footnote.findMany({ orderBy: { number: 'asc' }, select: { number: true, source: { select: { slug: true, title: true, retiredAt: true } } } }),
    // The values the register says the paper states, by the anchor of their sentence.
    client.claim.findMany({
      where: { basis: 'stated', anchor: { not: null }, source: { slug: PAPER_SOURCE }, OR: [{ deal: { retiredAt: null } }, { instrument: { retiredAt: null } }, { countryCode: { not: null } }] },
      orderBy: [{ anchor: 'asc' }, { id: 'asc' }],
      take: CLAIMS_READ,
      select: {
        anchor: true,
        field: true,
        deal: { select: { slug: true, title: true, titleKo: true } },
        instrument: { select: { code: true, acronym: true } },
        country: { select: { code: true, name: true, nameKo: true } },
      },
    }),
    client.finding.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { slug: true, title: true, titleKo: true, anchor: true } }),
  ]);
  const byBlock = new Map<string, Resting[]>();
  const add = (id: string, r: Resting) => byBlock.set(id, [...(byBlock.get(id) ?? []), r]);
  for (const k of keyFigures) {
    const block = k.quote ? locateQuote(k.quote, doc) : null;
    if (block) add(block.id, { kind: 'key-figure', slug: k.slug, label: k.label, labelKo: k.labelKo });
  }
  for (const r of recommendations) add(`recommendation-${r.number}`, { kind: 'recommendation', ...r });
  for (const f of footnotes) if (!f.source.retiredAt) add(`fn-${f.number}`, { kind: 'source', slug: f.source.slug, title: f.source.title });
  // One entry per record and block, naming every value of it the block states.
  for (const c of claims) {
    const list = byBlock.get(c.anchor!) ?? [];
    const same = list.find(
      (r) => (r.kind === 'deal' && r.slug === c.deal?.slug) || (r.kind === 'instrument' && r.code === c.instrument?.code) || (r.kind === 'country' && r.code === c.country?.code),
    );
    if (same && (same.kind === 'deal' || same.kind === 'instrument' || same.kind === 'country')) same.fields.push(c.field);
    else if (c.deal) add(c.anchor!, { kind: 'deal', ...c.deal, fields: [c.field] });
    else if (c.instrument) add(c.anchor!, { kind: 'instrument', ...c.instrument, fields: [c.field] });
    else if (c.country) add(c.anchor!, { kind: 'country', ...c.country, fields: [c.field] });
  }
  for (const { anchor, ...f } of findings) add(anchor, { kind: 'finding', ...f });
  return byBlock;
}

/**
 * The paper's words a value rests on, to highlight on the paper's page: `key-figure:<slug>`,
 * `deal:<slug>:<field>`, `instrument:<code>:<field>` or `finding:<slug>`; null for anything else.
 */
export async function citedQuote(cite: string, client: PrismaClient = db): Promise<string | null> {
  const [kind, key, ...rest] = cite.split(':');
  const field = rest.join(':');
  if (!key || !/^[a-z0-9-]{1,80}$/.test(key)) return null;
  if (kind === 'key-figure' && !field) return keyFigureQuote(key, client);
  if (kind === 'finding' && !field) return (await client.finding.findUnique({ where: { slug: key }, select: { quote: true } }))?.quote ?? null;
  if (!field || field.length > 120) return null;
  const paperClaim = { field, basis: 'stated', source: { slug: PAPER_SOURCE } };
  const where =
    kind === 'deal'
      ? { ...paperClaim, deal: { slug: key } }
      : kind === 'instrument'
        ? { ...paperClaim, instrument: { code: key } }
        : kind === 'country'
          ? { ...paperClaim, countryCode: key.toUpperCase() }
          : null;
  if (!where) return null;
  return (await client.claim.findFirst({ where, select: { quote: true } }))?.quote ?? null;
}

/** The sentence a key figure quotes, to highlight on the paper's page; null for one that is not there. */
export async function keyFigureQuote(slug: string, client: PrismaClient = db): Promise<string | null> {
  const figure = await client.keyFigure.findUnique({ where: { slug }, select: { quote: true } });
  return figure?.quote ?? null;
}
