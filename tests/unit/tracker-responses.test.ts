// Issue 17: a recommendation addresses several actors, and the tracker records each one's dated
// response with its evidence, through the one write path: in the same version and transaction as
// the save's other changes, one history row each, refused for an actor it does not address, never
// dated in the future, retired rather than deleted. Against a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordProblem } from '@/lib/i18n/problems';
import { zodProblems } from '@/lib/problems';
import { getRecommendationState, listRecommendations, savedRowSelect } from '@/lib/queries/recommendations';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange, changeProblems, problemFieldErrors } from '@/lib/tracker/change';
import { changeInput, formFieldOf } from '@/lib/tracker/form';
import { describeSave, groupSaves } from '@/lib/tracker/saves';
import { parseRecommendationFilters } from '@/lib/filters/recommendations';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let author: { id: number; name: string };
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  author = await temp.db.user.create({ data: { email: 'r@example.org', name: 'Res Ponse', passwordHash: 'x', role: 'editor' }, select: { id: true, name: true } });
});
afterAll(() => temp.dispose());

const EVIDENCE = 'https://www.nato.int/cps/en/natohq/news_000001.htm';
const rec = (number: number) => temp.db.recommendation.findUniqueOrThrow({ where: { number }, include: { history: { orderBy: { id: 'asc' } }, responses: { orderBy: { id: 'asc' } }, actors: true } });
const save = async (number: number, input: Record<string, unknown>) => {
  const { version } = await rec(number);
  return applyRecommendationChange(temp.db, author, number, recommendationChangeSchema.parse({ expectedVersion: version, note: 'Responses brought up to date.', ...input }));
};
const lastSave = async (number: number) => {
  const r = await rec(number);
  const rows = await temp.db.historyEntry.findMany({ where: { recommendationId: r.id, version: r.version }, orderBy: { id: 'asc' }, select: { ...savedRowSelect, milestone: { select: { slug: true, title: true, titleKo: true } } } });
  return groupSaves(rows)[0]!;
};
const day = (offset: number) => new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

describe("actors' responses", () => {
  it('records a response with the save’s other changes: one version, one history row each, dated apart from when it was recorded', async () => {
    const before = await rec(1);
    expect(before.actors.map((a) => a.actor).sort()).toEqual(['eu', 'nato', 'rok']);
    const result = await save(1, {
      priority: true,
      addResponses: [{ actor: 'nato', respondedOn: '2026-03-03', position: 'NATO welcomes closer industrial ties with the ROK.', positionKo: 'NATO는 한국과의 산업 협력 강화를 환영한다.', evidenceUrl: EVIDENCE }],
    });
    expect(result).toMatchObject({ ok: true, version: before.version + 1, entries: 2 });
    const after = await rec(1);
    const response = after.responses.at(-1)!;
    expect(response).toMatchObject({ actor: 'nato', position: 'NATO welcomes closer industrial ties with the ROK.', evidenceUrl: EVIDENCE, retiredAt: null });
    expect(response.respondedOn.toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(response.recordedAt.toISOString().slice(0, 10)).not.toBe('2026-03-03');
    const rows = after.history.filter((h) => h.version === after.version);
    expect(rows.map((h) => h.kind)).toEqual(['priority', 'response']);
    expect(rows[1]).toMatchObject({ responseId: response.id, toValue: 'nato' });
    expect(rows[1]!.effectiveAt?.toISOString()).toBe('2026-03-03T00:00:00.000Z');

    const s = await lastSave(1);
    expect(describeSave(s, 'en')[1]).toBe('Response — NATO, 3 March 2026: NATO welcomes closer industrial ties with the ROK.');
    expect(describeSave(s, 'ko')[1]).toBe('입장·반응 — NATO, 2026년 3월 3일: NATO는 한국과의 산업 협력 강화를 환영한다.');
  });

  it('records a response alone as the save’s only change, not as a review', async () => {
    const result = await save(1, { addResponses: [{ actor: 'eu', respondedOn: '2026-04-10', position: 'The EU is open to ROK participation.', evidenceUrl: 'https://www.eeas.europa.eu/x' }] });
    expect(result).toMatchObject({ ok: true, entries: 1 });
    expect((await rec(1)).history.at(-1)).toMatchObject({ kind: 'response', toValue: 'eu' });
  });

  it('refuses an actor the recommendation does not address, with a coded problem, and saves nothing', async () => {
    const before = await rec(3);
    expect(before.actors.map((a) => a.actor)).not.toContain('nato');
    const result = await save(3, { stage: 'in-progress', addResponses: [{ actor: 'nato', respondedOn: '2026-03-03', position: 'Not ours to answer.', evidenceUrl: EVIDENCE }] });
    expect(result).toMatchObject({ ok: false, reason: 'invalid', problem: { kind: 'response-actor', actor: 'nato' } });
    if (result.ok || result.reason !== 'invalid') throw new Error('expected a refusal');
    expect(changeProblems(result.problem)).toEqual({ addResponses: [{ code: 'responseActor' }] });
    expect(problemFieldErrors(result.problem).addResponses![0]).toMatch(/does not address “nato”/);
    expect(wordProblem({ code: 'responseActor' }, 'ko')).toContain('이행 주체');
    const after = await rec(3);
    expect({ version: after.version, stage: after.stage, responses: after.responses.length }).toEqual({ version: before.version, stage: before.stage, responses: 0 });
  });

  it('refuses a response dated on a day to come, one with no evidence or a link that is not http(s), and words each on its form field', () => {
    const parse = (response: Record<string, unknown>) => recommendationChangeSchema.safeParse({ expectedVersion: 1, note: 'A response.', addResponses: [{ actor: 'eu', respondedOn: '2026-03-03', position: 'A position.', evidenceUrl: EVIDENCE, ...response }] });
    expect(parse({}).success).toBe(true);
    expect(parse({ respondedOn: day(0) }).success).toBe(true);
    const problems = (response: Record<string, unknown>) => {
      const parsed = parse(response);
      if (parsed.success) throw new Error('expected a refusal');
      return zodProblems(parsed.error.issues, formFieldOf([], ['eu']));
    };
    expect(problems({ respondedOn: day(3) })).toEqual({ 'response.eu.respondedOn': [{ code: 'futureResponse' }] });
    expect(problems({ respondedOn: '2026-02-30' })).toEqual({ 'response.eu.respondedOn': [{ code: 'date' }] });
    expect(problems({ evidenceUrl: '' })['response.eu.evidenceUrl']).toEqual([{ code: 'required' }]);
    expect(problems({ evidenceUrl: 'javascript:alert(1)' })['response.eu.evidenceUrl']).toEqual([{ code: 'url' }]);
    expect(problems({ position: 'ok' })['response.eu.position']).toEqual([{ code: 'tooShort', params: { min: 3 } }]);
    // An actor is never typed in the form (each has its own fields): its refusal belongs to the responses as a whole.
    expect(problems({ actor: 'un' })).toEqual({ addResponses: [{ code: 'choose' }] });
    expect(wordProblem({ code: 'futureResponse' }, 'en')).toBe('A response cannot be dated on a day still to come.');
  });

  it('retires a mistaken response: kept with its history, no longer the actor’s latest; retiring it again changes nothing', async () => {
    const before = await rec(1);
    const eu = before.responses.find((r) => r.actor === 'eu')!;
    expect(await save(1, { retireResponses: [eu.id] })).toMatchObject({ ok: true, entries: 1 });
    const after = await rec(1);
    expect(after.responses.find((r) => r.id === eu.id)!.retiredAt).not.toBeNull();
    expect(after.history.at(-1)).toMatchObject({ kind: 'response-retire', responseId: eu.id });
    expect(describeSave(await lastSave(1), 'en')).toEqual(['Response retired — EU, 10 April 2026: The EU is open to ROK participation.']);

    expect(await save(1, { retireResponses: [eu.id] })).toMatchObject({ ok: true, entries: 1 });
    expect((await rec(1)).history.at(-1)).toMatchObject({ kind: 'review' });
  });

  it('refuses to retire a response of another recommendation', async () => {
    const other = (await rec(1)).responses[0]!;
    const result = await save(2, { retireResponses: [other.id] });
    expect(result).toMatchObject({ ok: false, reason: 'invalid', problem: { kind: 'unknown-responses', ids: [other.id] } });
    expect((await rec(1)).responses[0]!.retiredAt).toBeNull();
  });

  it('gives the scorecard viewed per actor each card’s latest response of that actor, and none otherwise', async () => {
    await save(1, { addResponses: [{ actor: 'nato', respondedOn: '2026-01-15', position: 'An older NATO statement.', evidenceUrl: EVIDENCE }] });
    const nato = await listRecommendations(parseRecommendationFilters({ actor: 'nato' }).filters, temp.db);
    const first = nato.find((r) => r.number === 1)!;
    expect(first.responses.map((r) => r.position)).toEqual(['NATO welcomes closer industrial ties with the ROK.']);
    expect(nato.filter((r) => r.number !== 1).every((r) => r.responses.length === 0)).toBe(true);
    // The EU's only response was retired: none is its latest.
    expect((await listRecommendations(parseRecommendationFilters({ actor: 'eu' }).filters, temp.db)).find((r) => r.number === 1)!.responses).toEqual([]);
    expect((await listRecommendations(parseRecommendationFilters({}).filters, temp.db)).every((r) => r.responses.length === 0)).toBe(true);
  });

  it('reads a form’s response fields and retire ticks into the change, and only when something is typed', () => {
    const typed = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    expect(changeInput({}, typed({ note: 'n', 'response.eu.position': '  ' }), 1).addResponses).toBeUndefined();
    const input = changeInput({}, typed({ note: 'Noted.', 'response.eu.respondedOn': '2026-03-03', 'response.eu.position': 'A position.', 'response.eu.evidenceUrl': EVIDENCE }), 1, ['7', 'x']);
    expect(input.addResponses).toEqual([{ actor: 'eu', respondedOn: '2026-03-03', position: 'A position.', positionKo: undefined, evidenceUrl: EVIDENCE }]);
    expect(input.retireResponses).toEqual([7, 'x']);
    expect(recommendationChangeSchema.safeParse(input).success).toBe(false);
  });

  it('gives a stale form the stored responses to word what the editor retired', async () => {
    const state = await getRecommendationState(1, temp.db);
    expect(state!.responses.map((r) => r.actor)).toEqual(['eu', 'nato', 'nato']);
  });
});
