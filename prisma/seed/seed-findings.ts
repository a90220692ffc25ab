// Writes the paper's findings (prisma/seed/data/findings.ts): keyed by slug, each in the paper's order,
// its actors and links set to exactly the seed's. Findings belong to the seed, not to editors, so one
// the seed no longer has is removed.
import type { Prisma } from '@/lib/generated/prisma/client';
import { findQuote, paper, textBlocks } from '@/lib/paper';
import type { Finding } from '@/lib/schemas/finding';

/** Where a finding stands in the paper: its block's place, then its words' place in the block. */
export function paperOrder(findings: readonly Finding[]): Map<string, number> {
  const blocks = textBlocks(paper());
  const index = new Map(blocks.map((b, i) => [b.id, i]));
  return new Map(
    findings.map((f) => {
      const block = blocks[index.get(f.anchor) ?? -1];
      const at = block ? (findQuote(block.text, f.quote)?.start ?? 0) : 0;
      return [f.slug, (index.get(f.anchor) ?? blocks.length) * 10_000 + at];
    }),
  );
}

export async function seedFindings(tx: Prisma.TransactionClient, findings: readonly Finding[]): Promise<void> {
  const order = paperOrder(findings);
  await tx.finding.deleteMany({ where: { slug: { notIn: findings.map((f) => f.slug) } } });
  for (const { actors, dealSlugs, instrumentCodes, recommendationNumbers, countryCodes, ...f } of findings) {
    const fields = { ...f, titleKo: f.titleKo ?? null, position: order.get(f.slug) ?? 0 };
    const links = {
      deals: dealSlugs.map((slug) => ({ slug })),
      instruments: instrumentCodes.map((code) => ({ code })),
      recommendations: recommendationNumbers.map((number) => ({ number })),
      countries: countryCodes.map((code) => ({ code })),
    };
    const row = await tx.finding.upsert({
      where: { slug: f.slug },
      create: {
        ...fields,
        deals: { connect: links.deals },
        instruments: { connect: links.instruments },
        recommendations: { connect: links.recommendations },
        countries: { connect: links.countries },
      },
      update: {
        ...fields,
        deals: { set: links.deals },
        instruments: { set: links.instruments },
        recommendations: { set: links.recommendations },
        countries: { set: links.countries },
      },
    });
    await tx.findingActor.deleteMany({ where: { findingId: row.id, actor: { notIn: actors } } });
    for (const actor of actors) {
      await tx.findingActor.upsert({ where: { findingId_actor: { findingId: row.id, actor } }, create: { findingId: row.id, actor }, update: {} });
    }
  }
}
