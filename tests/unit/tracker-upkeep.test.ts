// Running the tracker for years, against a real SQLite file: milestones added, edited, reordered,
// retired and restored, the day a milestone was done apart from the day it was recorded, the
// priority flag and closure reasons; each save one version with one history row per change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange, problemFieldErrors, uniqueSlug } from '@/lib/tracker/change';
import { milestoneProgress } from '@/lib/tracker/progress';
import { describeSave, groupSaves } from '@/lib/tracker/saves';
import { savedRowSelect } from '@/lib/queries/recommendations';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let author: { id: number; name: string };
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  author = await temp.db.user.create({ data: { email: 'u@example.org', name: 'Up Keep', passwordHash: 'x', role: 'editor' }, select: { id: true, name: true } });
});
afterAll(() => temp.dispose());

const change = (input: Record<string, unknown>) => recommendationChangeSchema.parse(input);
const rec = (number: number) =>
  temp.db.recommendation.findUniqueOrThrow({ where: { number }, include: { history: { orderBy: { id: 'asc' } }, milestones: { orderBy: { position: 'asc' } } } });
const save = async (number: number, input: Record<string, unknown>) => {
  const { version } = await rec(number);
  return applyRecommendationChange(temp.db, author, number, change({ expectedVersion: version, note: 'Upkeep of the tracker.', ...input }));
};
const lastSave = async (number: number) => {
  const r = await rec(number);
  const rows = await temp.db.historyEntry.findMany({ where: { recommendationId: r.id, version: r.version }, orderBy: { id: 'asc' }, select: { ...savedRowSelect, milestone: { select: { slug: true, title: true, titleKo: true } } } });
  return groupSaves(rows)[0]!;
};

describe('milestones managed by editors', () => {
  it('adds a milestone after the others, with its actor and target, as one entry of the save', async () => {
    const before = await rec(2);
    const result = await save(2, { addMilestones: [{ title: 'Joint EU–ROK workshop on supply chains', actor: 'eu', targetDate: '2027-03' }] });
    expect(result).toMatchObject({ ok: true, version: before.version + 1, entries: 1 });
    const after = await rec(2);
    const added = after.milestones.at(-1)!;
    expect(added).toMatchObject({ slug: 'joint-eu-rok-workshop-on-supply-chains', title: 'Joint EU–ROK workshop on supply chains', actor: 'eu', position: before.milestones.at(-1)!.position + 1, doneAt: null, retiredAt: null });
    expect(added.targetDate?.toISOString().slice(0, 7)).toBe('2027-03');
    expect(after.history.at(-1)).toMatchObject({ kind: 'milestone-add', milestoneId: added.id, toValue: added.title, version: after.version });
  });

  it('records the day a milestone was done apart from the day the save was recorded', async () => {
    const r = await rec(2);
    const slug = r.milestones[0]!.slug;
    expect(await save(2, { doneMilestones: [slug], milestones: [{ slug, doneOn: '2026-03-02' }] })).toMatchObject({ ok: true });
    const after = await rec(2);
    expect(after.milestones[0]!.doneAt?.toISOString().slice(0, 10)).toBe('2026-03-02');
    const entry = after.history.at(-1)!;
    expect(entry).toMatchObject({ kind: 'milestone', fromValue: 'open', toValue: 'done' });
    expect(entry.effectiveAt?.toISOString().slice(0, 10)).toBe('2026-03-02');
    expect(entry.at.toISOString().slice(0, 10)).not.toBe('2026-03-02');
    expect(describeSave(await lastSave(2), 'en')[0]).toContain('done on 2 March 2026');
    expect(describeSave(await lastSave(2), 'ko')[0]).toContain('2026년 3월 2일 완료');
  });

  it('corrects the day of a milestone already done as an edit of its own', async () => {
    const slug = (await rec(2)).milestones[0]!.slug;
    expect(await save(2, { doneMilestones: [slug], milestones: [{ slug, doneOn: '2026-03-05' }] })).toMatchObject({ ok: true, entries: 1 });
    expect((await rec(2)).history.at(-1)).toMatchObject({ kind: 'milestone-edit', field: 'doneAt', fromValue: '2026-03-02', toValue: '2026-03-05' });
  });

  it('refuses a done day still to come', () => {
    const next = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const parsed = recommendationChangeSchema.safeParse({ expectedVersion: 1, note: 'Too early.', milestones: [{ slug: 'x1', doneOn: next }] });
    expect(parsed.success).toBe(false);
  });

  it('edits titles, actor and target: one row per field changed, all in one version, worded from the history', async () => {
    const r = await rec(2);
    const m = r.milestones[1]!;
    const result = await save(2, { milestones: [{ slug: m.slug, title: `${m.title} (revised)`, actor: m.actor === 'eu' ? 'nato' : 'eu', targetDate: '2027-09', titleKo: m.titleKo ?? '' }] });
    expect(result).toMatchObject({ ok: true, entries: 3 });
    const s = await lastSave(2);
    expect(s.changes.map((c) => c.field)).toEqual(['title', 'actor', 'targetDate']);
    expect(new Set((await rec(2)).history.slice(-3).map((h) => h.version)).size).toBe(1);
    expect(describeSave(s, 'en')[2]).toMatch(/^Milestone edited: .* — Target: .* → 2027-09$/);
  });

  it('reorders the active milestones', async () => {
    const r = await rec(2);
    const order = r.milestones.filter((m) => !m.retiredAt).map((m) => m.slug).reverse();
    expect(await save(2, { order })).toMatchObject({ ok: true, entries: 1 });
    const after = await rec(2);
    expect(after.milestones.map((m) => m.slug)).toEqual(order);
    expect(after.milestones.map((m) => m.position)).toEqual(r.milestones.map((m) => m.position));
    expect(after.history.at(-1)).toMatchObject({ kind: 'order', toValue: order.join(',') });
  });

  it('refuses an order that leaves out an active milestone or names one twice', async () => {
    const r = await rec(2);
    const slugs = r.milestones.map((m) => m.slug);
    for (const order of [slugs.slice(1), [slugs[0], ...slugs.slice(0, -1)]]) {
      const result = await save(2, { order });
      expect(result).toMatchObject({ ok: false, reason: 'invalid', problem: { kind: 'bad-order' } });
      if (!result.ok && result.reason === 'invalid') expect(problemFieldErrors(result.problem)).toEqual({ order: ['The order must list every active milestone once.'] });
    }
    expect((await rec(2)).version).toBe(r.version);
  });

  it('retires a milestone without deleting it: progress no longer counts it, and it can be restored', async () => {
    const r = await rec(2);
    const target = r.milestones.find((m) => !m.doneAt)!;
    const before = milestoneProgress(r.milestones);
    expect(await save(2, { milestones: [{ slug: target.slug, retired: true }] })).toMatchObject({ ok: true });
    const after = await rec(2);
    expect(after.milestones.find((m) => m.slug === target.slug)!.retiredAt).not.toBeNull();
    expect(milestoneProgress(after.milestones)).toMatchObject({ total: before.total - 1, done: before.done });
    expect(after.history.at(-1)).toMatchObject({ kind: 'milestone-retire', milestoneId: target.id });
    // Retiring moves nothing: the milestone keeps its place, for a restore and for past views.
    expect(after.milestones.find((m) => m.slug === target.slug)!.position).toBe(target.position);

    const done = await save(2, { doneMilestones: [target.slug] });
    expect(done).toMatchObject({ ok: false, reason: 'invalid', problem: { kind: 'retired-milestones', slugs: [target.slug] } });

    expect(await save(2, { milestones: [{ slug: target.slug, retired: false }] })).toMatchObject({ ok: true });
    expect((await rec(2)).history.at(-1)).toMatchObject({ kind: 'milestone-restore' });
    expect(await temp.db.milestone.count({ where: { slug: target.slug } })).toBe(1);
  });

  it('refuses edits to milestones the recommendation does not have', async () => {
    expect(await save(2, { milestones: [{ slug: 'no-such-milestone', title: 'Nothing here' }] })).toMatchObject({ ok: false, reason: 'invalid', problem: { kind: 'unknown-milestones', slugs: ['no-such-milestone'] } });
  });

  it('gives an added milestone a slug of its own when its title clashes', () => {
    expect(uniqueSlug('Joint EU–ROK workshop', new Set(['joint-eu-rok-workshop']))).toBe('joint-eu-rok-workshop-2');
    expect(uniqueSlug('한국어 제목', new Set())).toBe('milestone');
  });
});

describe('priority and closure', () => {
  it('flags and unflags a priority, each a history entry', async () => {
    expect(await save(3, { priority: true })).toMatchObject({ ok: true, entries: 1 });
    expect(await rec(3)).toMatchObject({ priority: true });
    expect((await rec(3)).history.at(-1)).toMatchObject({ kind: 'priority', fromValue: 'no', toValue: 'yes' });
    // Unchanged: a review, not a priority entry.
    expect(await save(3, { priority: true })).toMatchObject({ ok: true, entries: 1 });
    expect((await rec(3)).history.at(-1)).toMatchObject({ kind: 'review' });
    expect(await save(3, { priority: false })).toMatchObject({ ok: true });
    expect(await rec(3)).toMatchObject({ priority: false });
  });

  it('requires a closure reason to move to implemented or superseded, and records it with the move', async () => {
    const r = await rec(9);
    const refused = await save(9, { stage: 'superseded' });
    expect(refused).toMatchObject({ ok: false, reason: 'invalid', problem: { kind: 'closure-required' } });
    expect((await rec(9)).version).toBe(r.version);
    const result = await save(9, { stage: 'superseded', closureReason: 'Overtaken by the 2026 EU–ROK Security and Defence Partnership.' });
    expect(result).toMatchObject({ ok: true, entries: 2 });
    const after = await rec(9);
    expect(after).toMatchObject({ stage: 'superseded', closureReason: 'Overtaken by the 2026 EU–ROK Security and Defence Partnership.' });
    expect(after.history.slice(-2).map((h) => h.kind)).toEqual(['stage', 'closure']);
    expect(describeSave(await lastSave(9), 'en')).toEqual(['Status — Not yet assessed → Superseded', 'Closure reason: Overtaken by the 2026 EU–ROK Security and Defence Partnership.']);
  });

  it('writes a save that moves the stage, milestones and the flag as one version, every change listed once', async () => {
    const r = await rec(6);
    const slug = r.milestones[0]!.slug;
    const result = await save(6, { stage: 'in-progress', doneMilestones: [slug], priority: true, addMilestones: [{ title: 'Second workshop', actor: 'industry' }] });
    expect(result).toMatchObject({ ok: true, version: r.version + 1, entries: 4 });
    const s = await lastSave(6);
    expect(s.changes.map((c) => c.kind)).toEqual(['stage', 'priority', 'milestone', 'milestone-add']);
    expect(s.note).toBe('Upkeep of the tracker.');
  });
});
