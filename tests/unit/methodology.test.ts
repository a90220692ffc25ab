// The methodology page's reads against a real, migrated and seeded database: its counts are the
// lists' own, and what values rest on adds up to the seed's claims table (prisma/seed/claims.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOverview } from '@/lib/queries/overview';
import { instrumentsByOwner, methodologyFacts, registerCounts } from '@/lib/queries/methodology';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

describe('methodology on the seed', () => {
  it('counts the register as the overview and the lists do', async () => {
    const [counts, { counts: overview }, findings] = await Promise.all([registerCounts(temp.db), getOverview(temp.db), temp.db.finding.count()]);
    expect(counts).toEqual({ ...overview, findings });
    expect(counts.recommendations).toBe(10);
  });

  it('names every live instrument under its owner', async () => {
    const owners = await instrumentsByOwner(temp.db);
    expect(owners.map((o) => o.owner)).toEqual(['EU', 'NATO']);
    expect(owners.flatMap((o) => o.instruments.map((i) => i.code)).sort()).toEqual(
      (await temp.db.instrument.findMany({ where: { retiredAt: null }, select: { code: true } })).map((i) => i.code).sort(),
    );
  });

  it('counts stated, inferred and outside values as the claims table does, key figures included', async () => {
    const header = /^(\d+) claims: (\d+) stated, (\d+) inferred, (\d+) reference\.$/m.exec(readFileSync(path.resolve(__dirname, '../../prisma/seed/claims.md'), 'utf8'));
    expect(header).not.toBeNull();
    const [, total, stated, inferred, reference] = header!.map(Number);
    const { byBasis, paperPublishedOn, addedDeals } = await methodologyFacts(temp.db);
    expect(byBasis).toEqual({ stated, inferred, reference });
    expect(byBasis.stated + byBasis.inferred + byBasis.reference).toBe(total);
    expect(paperPublishedOn).toBe('2025-10');
    expect(addedDeals).toBe(0);
  });

  it('tells a deal an editor created from the seeded ones by its creation revision', async () => {
    const [deal] = await temp.db.deal.findMany({ take: 1, select: { slug: true } });
    await temp.db.revision.create({ data: { entity: 'deal', recordKey: deal!.slug, version: 1, action: 'create', changes: '[]', note: 'Added by hand.', authorName: 'Test' } });
    expect((await methodologyFacts(temp.db)).addedDeals).toBe(1);
  });
});
