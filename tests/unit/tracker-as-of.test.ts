// Past views are rebuilt from the append-only history. A seeded database is changed at known moments
// through the one write path (every kind of change), its state is snapshotted after each, and then
// each past day is rebuilt from the history and must equal the snapshot taken that day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { compareDays, comparisonCsv, parseDays } from '@/lib/tracker/compare';
import { endOfDay, trackerAsOf } from '@/lib/tracker/as-of';
import { getRecommendation, listRecommendations } from '@/lib/queries/recommendations';
import { emptyRecommendationFilters } from '@/lib/filters/recommendations';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let author: { id: number; name: string };

const read = () => temp.db.recommendation.findMany({ orderBy: { number: 'asc' }, include: { milestones: { orderBy: { position: 'asc' } } } });
/** What a past view shows of a recommendation: its state, not its bookkeeping (updatedAt). */
const state = (recs: Awaited<ReturnType<typeof read>>) =>
  recs.map((r) => ({
    number: r.number,
    stage: r.stage,
    priority: r.priority,
    closureReason: r.closureReason,
    lastReviewedAt: r.lastReviewedAt?.toISOString() ?? null,
    version: r.version,
    milestones: r.milestones.map((m) => ({ slug: m.slug, position: m.position, title: m.title, titleKo: m.titleKo, actor: m.actor, targetDate: m.targetDate?.toISOString() ?? null, doneAt: m.doneAt?.toISOString() ?? null, retiredAt: m.retiredAt?.toISOString() ?? null })),
  }));

/** Saves on days 10 January to 10 May 2026, at noon UTC, one day each. */
const days = ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10'] as const;
const snapshots = new Map<string, ReturnType<typeof state>>();

async function saveOn(day: string, number: number, input: Record<string, unknown>) {
  const { version } = await temp.db.recommendation.findUniqueOrThrow({ where: { number } });
  const result = await applyRecommendationChange(temp.db, author, number, recommendationChangeSchema.parse({ expectedVersion: version, note: `Review of ${day}.`, ...input }), new Date(`${day}T12:00:00Z`));
  if (!result.ok) throw new Error(`save on ${day} refused: ${JSON.stringify(result)}`);
}
const slugs = async (number: number) => (await temp.db.milestone.findMany({ where: { recommendation: { number } }, orderBy: { position: 'asc' } })).map((m) => m.slug);

beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  author = await temp.db.user.create({ data: { email: 'h@example.org', name: 'His Tory', passwordHash: 'x', role: 'editor' }, select: { id: true, name: true } });
  snapshots.set('2026-01-09', state(await read()));

  const [a, b, c] = await slugs(1);
  await saveOn(days[0], 1, { stage: 'in-progress', doneMilestones: [a], milestones: [{ slug: a, doneOn: '2026-01-05' }], addMilestones: [{ title: 'Added in January', actor: 'eu', targetDate: '2026-06' }] });
  await saveOn(days[0], 4, { priority: true });
  snapshots.set(days[0], state(await read()));

  const added = (await slugs(1)).at(-1)!;
  await saveOn(days[1], 1, { milestones: [{ slug: b!, title: 'Renamed in February', actor: 'industry', targetDate: '2026-09' }], order: [c!, added, a!, b!] });
  await saveOn(days[1], 1, { milestones: [{ slug: added, retired: true }] });
  snapshots.set(days[1], state(await read()));

  await saveOn(days[2], 1, { doneMilestones: [], milestones: [{ slug: a!, doneOn: '' }] });
  await saveOn(days[2], 4, { stage: 'implemented', evidenceUrl: 'https://example.org/diana', closureReason: 'DIANA opened its challenges to IP4 partners.', priority: false });
  snapshots.set(days[2], state(await read()));

  await saveOn(days[3], 1, { doneMilestones: [a!, c!], milestones: [{ slug: added, retired: false }, { slug: a!, doneOn: '2026-04-01' }] });
  await saveOn(days[3], 1, { stage: 'stalled' });
  snapshots.set(days[3], state(await read()));

  await saveOn(days[4], 1, { milestones: [{ slug: c!, doneOn: '2026-04-20' }], order: [a!, b!, c!, added] });
  // A review alone: it changes the last review and the version, nothing else.
  await saveOn(days[4], 4, {});
  snapshots.set(days[4], state(await read()));
});
afterAll(() => temp.dispose());

describe('the tracker as of a past day', () => {
  it('rebuilds every snapshot from the history, on every recommendation', async () => {
    const now = await read();
    for (const [day, snapshot] of snapshots) {
      expect(state(await trackerAsOf(temp.db, now, endOfDay(day))), day).toEqual(snapshot);
    }
  });

  it('shows today as it stands when asked for today', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(state(await trackerAsOf(temp.db, await read(), endOfDay(today)))).toEqual(state(await read()));
  });

  it('reads the scorecard and a recommendation’s page as of a day, with only the history up to it', async () => {
    const list = await listRecommendations({ ...emptyRecommendationFilters, asof: days[1], stage: ['in-progress'] }, temp.db);
    expect(list.map((r) => r.number)).toEqual([1]);
    const one = await getRecommendation(1, temp.db, 1, days[1]);
    expect(one?.stage).toBe('in-progress');
    expect(one?.history.map((s) => s.at.toISOString().slice(0, 10))).toEqual([days[1], days[1], days[0]]);
    expect(one?.milestones.find((m) => m.title === 'Renamed in February')).toBeTruthy();
  });

  it('compares two days: stages, milestones done, added and retired, and the saves in between', async () => {
    const diffs = await compareDays({ from: '2026-01-09', to: days[2] }, temp.db);
    const one = diffs.find((d) => d.number === 1)!;
    expect(one.stage).toEqual({ from: 'not-assessed', to: 'in-progress' });
    expect(one.added.map((m) => m.title)).toEqual(['Added in January']);
    // Added, then retired, within the period: it shows as added and retired.
    expect(one.retired.map((m) => m.title)).toEqual(['Added in January']);
    expect(one.saves).toBe(4);
    const four = diffs.find((d) => d.number === 4)!;
    expect(four).toMatchObject({ stage: { from: 'not-assessed', to: 'implemented' }, priority: { from: false, to: false }, saves: 2 });
    expect(diffs.filter((d) => d.saves === 0).length).toBe(8);
    const csv = comparisonCsv({ from: '2026-01-09', to: days[2] }, diffs);
    expect(csv.split('\r\n')[1]).toContain('"1","');
    expect(csv).toContain('"stage_2026-01-09","stage_2026-03-10"');
  });

  it('refuses days that are not two real days in order', () => {
    expect(parseDays({ from: '2026-03-01', to: '2026-02-01' }).days).toBeNull();
    expect(parseDays({ from: '2026-02-30', to: '2026-03-01' }).dropped).toEqual([{ key: 'from', value: '2026-02-30' }]);
    expect(parseDays({ from: '2026-01-01', to: '2999-01-01' }).days).toBeNull();
    expect(parseDays({ from: '2026-01-01', to: '2026-02-01' }).days).toEqual({ from: '2026-01-01', to: '2026-02-01' });
  });
});
