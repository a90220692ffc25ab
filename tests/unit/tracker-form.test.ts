// The tracker form's flat fields: an untouched form changes nothing, a stale save is merged field by
// field (the editor's own changes onto the current version), and the editor's changes are worded as
// the history words them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused } from '@/lib/actions/form-state';
import { zodProblems } from '@/lib/problems';
import { savedRowSelect } from '@/lib/queries/recommendations';
import { MAX_NEW_RESPONSES, actors, recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { BASE, DONE, type FormValues, changeInput, formFieldOf, mergeFields, milestoneField, milestoneSlugs, ownChanges, responseField, stateFields, submittedFields, typedFieldNames } from '@/lib/tracker/form';
import { describeChange, describeSave, groupSaves } from '@/lib/tracker/saves';
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

  describe('several responses in one save', () => {
    const EU = { 'response.eu.respondedOn': '2026-03-03', 'response.eu.position': 'The EU is open to ROK participation in SAFE.', 'response.eu.positionKo': 'EU는 한국의 SAFE 참여에 열려 있다.', 'response.eu.evidenceUrl': 'https://www.eeas.europa.eu/x' };
    const NATO = { 'response.nato.respondedOn': '2026-03-04', 'response.nato.position': 'NATO welcomes the ROK’s industrial offer.', 'response.nato.evidenceUrl': 'https://www.nato.int/x' };
    const ROK = { 'response.rok.respondedOn': '2026-03-05', 'response.rok.position': 'The ROK government proposes a supply arrangement.', 'response.rok.evidenceUrl': 'https://www.mofa.go.kr/x' };
    const typedIn = (form: FormData) => (n: string) => (typeof form.get(n) === 'string' ? (form.get(n) as string) : '');

    it('has a set of response fields for every actor, within what one save may record', () => {
      expect(actors.length).toBeLessThanOrEqual(MAX_NEW_RESPONSES);
      for (const actor of actors) expect(typedFieldNames).toContain(responseField(actor, 'position'));
    });

    it('records each actor’s response typed in one save: one version, one history entry, an actor left empty records nothing', async () => {
      const r = await stored(1);
      const values = stateFields(r);
      const form = submitted(values, values, { ...EU, ...NATO, 'response.rok.positionKo': '' });
      const change = parse(form, r.version);
      expect(change.addResponses?.map((x) => x.actor)).toEqual(['eu', 'nato']);
      expect(await applyRecommendationChange(temp.db, author, 1, change)).toMatchObject({ ok: true, version: r.version + 1, entries: 2 });
      const rows = await temp.db.historyEntry.findMany({ where: { recommendationId: r.id, version: r.version + 1 }, orderBy: { id: 'asc' }, select: { ...savedRowSelect, milestone: { select: { slug: true, title: true, titleKo: true } } } });
      const saves = groupSaves(rows);
      expect(saves).toHaveLength(1);
      expect(describeSave(saves[0]!, 'en')).toEqual([`Response — EU, 3 March 2026: ${EU['response.eu.position']}`, `Response — NATO, 4 March 2026: ${NATO['response.nato.position']}`]);
      expect(describeSave(saves[0]!, 'ko')[0]).toBe(`입장·반응 — EU, 2026년 3월 3일: ${EU['response.eu.positionKo']}`);
    });

    it('reads the one response a form loaded before this change sends, as its chosen actor’s', async () => {
      const r = await stored(1);
      const values = stateFields(r);
      const legacy = { 'response.actor': 'industry', 'response.respondedOn': '2026-03-06', 'response.position': 'Industry asks for a joint roadmap.', 'response.evidenceUrl': 'https://example.org/industry' };
      const change = parse(submitted(values, values, legacy), r.version);
      expect(change.addResponses).toEqual([{ actor: 'industry', respondedOn: '2026-03-06', position: 'Industry asks for a joint roadmap.', positionKo: undefined, evidenceUrl: 'https://example.org/industry' }]);
      // A chosen actor with nothing typed is nothing to record.
      expect(parse(submitted(values, values, { 'response.actor': 'industry' }), r.version).addResponses).toBeUndefined();
    });

    it('refuses the whole save for one bad response and words each problem on that actor’s own fields', async () => {
      const r = await stored(1);
      const values = stateFields(r);
      // EU fine, NATO dated in a year to come with no source, ROK fine: NATO is the second response of the change.
      const form = submitted(values, values, { ...EU, ...NATO, 'response.nato.respondedOn': '2999-01-01', 'response.nato.evidenceUrl': '', ...ROK });
      const { mine } = submittedFields(form);
      const input = changeInput(mine, typedIn(form), r.version);
      expect(input.addResponses?.map((x) => x.actor)).toEqual(['rok', 'eu', 'nato']);
      const parsed = recommendationChangeSchema.safeParse(input);
      if (parsed.success) throw new Error('expected a refusal');
      const problems = zodProblems(parsed.error.issues, formFieldOf(milestoneSlugs(mine), input.addResponses?.map((x) => x.actor)));
      expect(problems).toEqual({ 'response.nato.respondedOn': [{ code: 'futureResponse' }], 'response.nato.evidenceUrl': [{ code: 'required' }] });
      // A refusal keeps every typed value, each actor's included.
      const kept = refused(form, { status: 'error' }).values!;
      for (const [name, value] of Object.entries({ ...EU, ...ROK, 'response.nato.position': NATO['response.nato.position'], 'response.nato.respondedOn': '2999-01-01' })) expect(kept[name], name).toBe(value);
    });

    it('keeps every actor’s typed response through a stale save, and records them all when saved again', async () => {
      const r = await stored(1);
      const values = stateFields(r);
      const form = submitted(values, { ...values, priority: r.priority ? '' : 'yes' }, { ...EU, ...ROK });
      // Someone else saves first.
      const meanwhile = await applyRecommendationChange(temp.db, { id: author.id, name: 'Other Editor' }, 1, recommendationChangeSchema.parse({ expectedVersion: r.version, note: 'Reviewed meanwhile.' }));
      expect(meanwhile).toMatchObject({ ok: true });
      expect(await applyRecommendationChange(temp.db, author, 1, parse(form, r.version))).toMatchObject({ ok: false, reason: 'conflict' });

      // What the conflict answer gives back to the form (lib/actions/recommendations.ts): the typed fields, merged state at the current version.
      const { base, mine } = submittedFields(form);
      const current = await stored(1);
      const now = stateFields(current);
      const typed = Object.fromEntries(typedFieldNames.map((name) => [name, typedIn(form)(name)]));
      for (const [name, value] of Object.entries({ ...EU, ...ROK })) expect(typed[name], name).toBe(value);
      const again = submitted(now, mergeFields(now, base, mine), Object.fromEntries(Object.entries(typed).filter(([, v]) => v)));
      const change = parse(again, current.version);
      expect(change.addResponses?.map((x) => x.actor)).toEqual(['rok', 'eu']);
      expect(await applyRecommendationChange(temp.db, author, 1, change)).toMatchObject({ ok: true, entries: 3 });
    });
  });
});
