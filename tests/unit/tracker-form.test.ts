// The tracker form's flat fields: an untouched form changes nothing, a stale save is merged field by
// field (the editor's own changes onto the current version), and the editor's changes are worded as
// the history words them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { BASE, DONE, type FormValues, changeInput, formFieldOf, mergeFields, milestoneField, ownChanges, stateFields, submittedFields } from '@/lib/tracker/form';
import { describeChange } from '@/lib/tracker/saves';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let author: { id: number; name: string };
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  author = await temp.db.user.create({ data: { email: 'f@example.org', name: 'Form Filler', passwordHash: 'x', role: 'editor' }, select: { id: true, name: true } });
});
afterAll(() => temp.dispose());

const stored = (number: number) => temp.db.recommendation.findUniqueOrThrow({ where: { number }, include: { milestones: { orderBy: { position: 'asc' } } } });

/** A submitted form: the state fields as typed, their `base:` twins, and the typed note. */
function submitted(base: FormValues, mine: FormValues, typed: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(base)) for (const v of ([] as string[]).concat(value.length ? value : [''])) form.append(`${BASE}${name}`, v);
  // A browser leaves out unticked checkboxes and empty selections of a multiple field.
  for (const [name, value] of Object.entries(mine)) for (const v of ([] as string[]).concat(value)) if (v !== '' || !['priority', DONE].includes(name) && !name.endsWith('.retired')) form.append(name, v);
  for (const [name, value] of Object.entries({ note: 'Reviewed with the form.', ...typed })) form.append(name, value);
  return form;
}

const parse = (form: FormData, version: number) => {
  const { mine } = submittedFields(form);
  return recommendationChangeSchema.parse(changeInput(mine, (n) => (typeof form.get(n) === 'string' ? (form.get(n) as string) : ''), version));
};

describe('the tracker form', () => {
  it('changes nothing but the review when submitted untouched, on every seeded recommendation', async () => {
    for (let number = 1; number <= 10; number += 1) {
      const r = await stored(number);
      const values = stateFields(r);
      const result = await applyRecommendationChange(temp.db, author, number, parse(submitted(values, values), r.version));
      expect(result, `recommendation ${number}`).toMatchObject({ ok: true, entries: 1 });
      const last = await temp.db.historyEntry.findFirstOrThrow({ where: { recommendationId: r.id }, orderBy: { id: 'desc' } });
      expect(last.kind, `recommendation ${number}`).toBe('review');
    }
  });

  it('reads a ticked milestone, its done day, a new place in the order and a milestone to add', async () => {
    const r = await stored(5);
    const values = stateFields(r);
    const [first, second] = r.milestones;
    const mine = { ...values, [DONE]: [second!.slug], [milestoneField(second!.slug, 'doneOn')]: '2026-02-10', [milestoneField(first!.slug, 'position')]: '9' };
    const change = parse(submitted(values, mine, { 'new.title': 'Report to the Council', 'new.actor': 'eu', 'new.target': '2027-01' }), r.version);
    expect(change.doneMilestones).toEqual([second!.slug]);
    expect(change.order?.at(-1)).toBe(first!.slug);
    expect(change.addMilestones).toEqual([{ title: 'Report to the Council', titleKo: '', actor: 'eu', targetDate: '2027-01' }]);
    const result = await applyRecommendationChange(temp.db, author, 5, change);
    expect(result).toMatchObject({ ok: true, entries: 3 });
  });

  it('merges a stale save field by field: the editor’s changes onto the current version, nobody else’s undone', () => {
    const base: FormValues = { stage: 'in-progress', priority: '', [DONE]: ['a'], 'm.a.title': 'A', 'm.b.title': 'B', 'm.a.target': '2026-06' };
    // Meanwhile someone ticked b, retitled b and moved the stage.
    const current: FormValues = { ...base, stage: 'stalled', [DONE]: ['a', 'b'], 'm.b.title': 'B (theirs)', 'm.c.title': 'C, added meanwhile' };
    // The editor unticked a, flagged the priority and moved a's target.
    const mine: FormValues = { ...base, priority: 'yes', [DONE]: [], 'm.a.target': '2026-09' };
    expect(mergeFields(current, base, mine)).toEqual({ stage: 'stalled', priority: 'yes', [DONE]: ['b'], 'm.a.title': 'A', 'm.b.title': 'B (theirs)', 'm.a.target': '2026-09', 'm.c.title': 'C, added meanwhile' });
    const titles = new Map([['a', { title: 'A', titleKo: null }]]);
    expect(ownChanges(base, mine, titles).map((c) => describeChange(c, 'en'))).toEqual(['Priority — not a priority → priority', 'Milestone: A — done → not done', 'Milestone edited: A — Target: 2026-06 → 2026-09']);
  });

  it('points a refused milestone field at the input it was typed in', () => {
    const fieldOf = formFieldOf(['a-first', 'b-second']);
    expect(fieldOf(['milestones', 1, 'targetDate'])).toBe('m.b-second.target');
    expect(fieldOf(['addMilestones', 0, 'title'])).toBe('new.title');
    expect(fieldOf(['note'])).toBe('note');
  });
});
