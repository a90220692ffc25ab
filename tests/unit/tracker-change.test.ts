// Saving tracker changes against a real SQLite file: atomicity, the conflict rule, the stage rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange, problemFieldErrors } from '@/lib/tracker/change';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let author: { id: number; name: string };
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  author = await temp.db.user.create({ data: { email: 'e@example.org', name: 'Ed Itor', passwordHash: 'x', role: 'editor' }, select: { id: true, name: true } });
});
afterAll(() => temp.dispose());

const change = (input: Record<string, unknown>) => recommendationChangeSchema.parse(input);
const rec = (number: number) => temp.db.recommendation.findUniqueOrThrow({ where: { number }, include: { history: { orderBy: { id: 'asc' } }, milestones: true } });

describe('applyRecommendationChange', () => {
  it('moves the stage and writes its history entry together', async () => {
    const result = await applyRecommendationChange(temp.db, author, 4, change({ expectedVersion: 1, stage: 'in-progress', note: 'DIANA opened a challenge to IP4 partners.' }));
    expect(result).toEqual({ ok: true, version: 2, entries: 1 });
    const r = await rec(4);
    expect(r).toMatchObject({ stage: 'in-progress', version: 2 });
    expect(r.lastReviewedAt).not.toBeNull();
    expect(r.history).toMatchObject([{ kind: 'stage', fromValue: 'not-assessed', toValue: 'in-progress', authorName: 'Ed Itor', version: 2 }]);
  });

  it('refuses a stale save, changes nothing, and says what changed meanwhile', async () => {
    const result = await applyRecommendationChange(temp.db, author, 4, change({ expectedVersion: 1, stage: 'stalled', note: 'Second editor, stale page.' }));
    expect(result).toMatchObject({ ok: false, reason: 'conflict', currentVersion: 2 });
    if (result.ok || result.reason !== 'conflict') throw new Error('expected a conflict');
    expect(result.since).toMatchObject([{ toValue: 'in-progress', note: 'DIANA opened a challenge to IP4 partners.' }]);
    expect(await rec(4)).toMatchObject({ stage: 'in-progress', version: 2 });
    expect((await rec(4)).history).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous saves through', async () => {
    const a = applyRecommendationChange(temp.db, author, 7, change({ expectedVersion: 1, stage: 'not-started', note: 'Editor A' }));
    const b = applyRecommendationChange(temp.db, author, 7, change({ expectedVersion: 1, stage: 'in-progress', note: 'Editor B' }));
    const results = await Promise.all([a, b]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
    expect((await rec(7)).history).toHaveLength(1);
  });

  it('requires evidence to move to implemented stages', async () => {
    const r = await rec(4);
    const result = await applyRecommendationChange(temp.db, author, 4, change({ expectedVersion: r.version, stage: 'partially-implemented', note: 'Part done' }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid', problem: { kind: 'evidence-required' } });
    if (!result.ok && result.reason === 'invalid') expect(problemFieldErrors(result.problem)).toEqual({ evidenceUrl: ['Link the evidence for this status.'] });
    expect(await rec(4)).toMatchObject({ stage: 'in-progress', version: r.version });
  });

  it('refuses a move the stage rules forbid', async () => {
    const result = await applyRecommendationChange(temp.db, author, 1, change({ expectedVersion: 1, stage: 'not-started', note: 'Assessed: nothing has started.' }));
    expect(result.ok).toBe(true);
    const bad = await applyRecommendationChange(temp.db, author, 1, change({ expectedVersion: 2, stage: 'implemented', evidenceUrl: 'https://example.org/e', note: 'skip ahead' }));
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', problem: { kind: 'cannot-move', from: 'not-started', to: 'implemented' } });
    if (!bad.ok && bad.reason === 'invalid') expect(problemFieldErrors(bad.problem)).toEqual({ stage: ['A recommendation cannot move from “not-started” to “implemented”.'] });
  });

  it('records milestones done and undone, each as its own entry', async () => {
    const done = await applyRecommendationChange(temp.db, author, 2, change({ expectedVersion: 1, doneMilestones: ['first-forum'], note: 'First forum held in Brussels.' }));
    expect(done).toEqual({ ok: true, version: 2, entries: 1 });
    expect((await rec(2)).milestones.find((m) => m.slug === 'first-forum')?.doneAt).not.toBeNull();
    const undone = await applyRecommendationChange(temp.db, author, 2, change({ expectedVersion: 2, doneMilestones: [], note: 'Correction: it was a different event.' }));
    expect(undone.ok).toBe(true);
    const r = await rec(2);
    expect(r.milestones.every((m) => m.doneAt === null)).toBe(true);
    // Append-only: the mistake stays in the history, corrected by a later entry.
    expect(r.history.map((h) => `${h.fromValue}→${h.toValue}`)).toEqual(['open→done', 'done→open']);
  });

  it('rolls back everything when a write inside the transaction fails', async () => {
    const r = await rec(3);
    const failing = { ...author, id: 999_999 }; // no such user: the history insert breaks its foreign key
    await expect(applyRecommendationChange(temp.db, failing, 3, change({ expectedVersion: r.version, stage: 'in-progress', note: 'Will fail' }))).rejects.toThrow();
    expect(await rec(3)).toMatchObject({ stage: r.stage, version: r.version, history: [] });
  });

  it('validates input with the shared schema', () => {
    const result = recommendationChangeSchema.safeParse({ expectedVersion: 'x', note: '', evidenceUrl: 'javascript:alert(1)' });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(result.error.flatten().fieldErrors).sort()).toEqual(['evidenceUrl', 'expectedVersion', 'note']);
  });
});
