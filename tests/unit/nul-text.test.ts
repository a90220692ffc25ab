// Text with a NUL in it (pasted from a PDF) is saved, without the NUL, on either database: PostgreSQL
// cannot store NUL in text, and refused the whole save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripNul } from '@/lib/prisma-client';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

describe('stripNul', () => {
  it('removes NUL from every string in a write, and leaves the rest as it is', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(stripNul({ data: { note: 'a\u0000b', at, list: ['\u0000x', 1, null], nested: { create: [{ name: 'n\u0000' }] } } })).toEqual({
      data: { note: 'ab', at, list: ['x', 1, null], nested: { create: [{ name: 'n' }] } },
    });
    expect(stripNul({ data: { at } }).data.at).toBe(at);
  });
});

describe('a save whose text holds NUL', () => {
  it('is written, without the NUL, through every write the tracker makes', async () => {
    const user = await temp.db.user.create({ data: { email: 'nul@ties.test', name: 'Nul\u0000 Editor', passwordHash: 'x', role: 'editor' } });
    expect(user.name).toBe('Nul Editor');
    const rec = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 5 } });
    const change = recommendationChangeSchema.parse({ expectedVersion: rec.version, note: 'Pasted\u0000 from a PDF' });
    expect(await applyRecommendationChange(temp.db, { id: user.id, name: user.name }, 5, change)).toMatchObject({ ok: true });
    const entry = await temp.db.historyEntry.findFirstOrThrow({ where: { recommendationId: rec.id }, orderBy: { id: 'desc' } });
    expect(entry.note).toBe('Pasted from a PDF');
  });
});
