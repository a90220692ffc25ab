import { z } from 'zod';
import { apiError, isCrossOrigin, readJsonBody, withDatabase } from '@/lib/api';
import { currentUser } from '@/lib/auth/current-user';
import { type Dropped, pickPastDay, toRawParams } from '@/lib/filters/params';
import { getRecommendation, parseHistoryPage } from '@/lib/queries/recommendations';
import { parseRecommendationNumber, recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { problemFieldErrors, saveRecommendationChange } from '@/lib/tracker/change';
import { milestoneProgress } from '@/lib/tracker/progress';

export const dynamic = 'force-dynamic';

export const GET = withDatabase(async (request: Request, { params }: RouteContext<'/api/recommendations/[number]'>) => {
  const search = new URL(request.url).searchParams;
  const unknown = [...search.keys()].filter((key) => key !== 'page' && key !== 'asof');
  // A repeated page is passed whole, so that it is refused like any other malformed one.
  const pages = search.getAll('page');
  const historyPage = parseHistoryPage(pages.length > 1 ? pages : search.get('page'));
  const dropped: Dropped = [...unknown.map((key) => ({ key, value: search.get(key) ?? '' })), ...(historyPage === null ? [{ key: 'page', value: pages.join(',') }] : [])];
  const asof = pickPastDay(toRawParams(search), 'asof', dropped);
  if (dropped.length) return apiError(400, 'Unknown or malformed parameters: page is a whole number from 1; asof a day, YYYY-MM-DD, today at the latest.', { dropped });
  const number = parseRecommendationNumber((await params).number);
  const r = number === null ? null : await getRecommendation(number, undefined, historyPage ?? 1, asof);
  if (!r) return apiError(404, 'There is no recommendation with that number (1–10).');
  return Response.json({
    number: r.number,
    title: r.title,
    summary: r.summary,
    stage: r.stage,
    priority: r.priority,
    closureReason: r.closureReason,
    version: r.version,
    lastReviewedAt: r.lastReviewedAt?.toISOString() ?? null,
    actors: r.actors.map((a) => a.actor),
    progress: milestoneProgress(r.milestones),
    milestones: r.milestones.map((m) => ({ slug: m.slug, title: m.title, actor: m.actor, targetDate: m.targetDate?.toISOString() ?? null, doneAt: m.doneAt?.toISOString() ?? null, retiredAt: m.retiredAt?.toISOString() ?? null })),
    // Every response recorded, retired ones too (retiredAt set), each actor's newest first.
    responses: r.responses.map((p) => ({
      id: p.id,
      actor: p.actor,
      respondedOn: p.respondedOn.toISOString().slice(0, 10),
      position: p.position,
      positionKo: p.positionKo,
      evidenceUrl: p.evidenceUrl,
      recordedAt: p.recordedAt.toISOString(),
      retiredAt: p.retiredAt?.toISOString() ?? null,
    })),
    // One page of the history, a save at a time, newest first (?page=N; a page past the end gives the last).
    historyTotal: r.historyTotal,
    historyPage: r.historyPage,
    historyPages: r.historyPages,
    history: r.history.map((h) => ({
      version: h.version,
      at: h.at.toISOString(),
      author: h.authorName,
      note: h.note,
      evidenceUrl: h.evidenceUrl,
      changes: h.changes.map((c) => ({ kind: c.kind, milestone: c.milestone?.slug ?? null, response: c.response?.id ?? null, field: c.field, from: c.fromValue, to: c.toValue, effectiveAt: c.effectiveAt?.toISOString() ?? null })),
    })),
  });
});

/** Same validation and conflict rule as the form; the expected version travels in the body, as JSON. */
export const PATCH = withDatabase(async (request: Request, { params }: RouteContext<'/api/recommendations/[number]'>) => {
  if (isCrossOrigin(request)) return apiError(403, 'Cross-site requests cannot change data.');
  const user = await currentUser();
  if (!user) return apiError(401, 'Sign in as an editor to change recommendations.');
  const number = parseRecommendationNumber((await params).number);
  if (number === null) return apiError(404, 'There is no recommendation with that number (1–10).');

  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = recommendationChangeSchema.safeParse(body.body);
  if (!parsed.success) return apiError(422, 'The change is not valid.', { fieldErrors: z.flattenError(parsed.error).fieldErrors });

  const result = await saveRecommendationChange(user, number, parsed.data);
  if (result.ok) return Response.json({ version: result.version, entries: result.entries });
  if (result.reason === 'not-found') return apiError(404, 'There is no recommendation with that number (1–10).');
  if (result.reason === 'invalid') return apiError(422, 'The change is not valid.', { fieldErrors: problemFieldErrors(result.problem) });
  return apiError(409, 'The recommendation changed since the version you sent; nothing was overwritten.', {
    currentVersion: result.currentVersion,
    since: result.since.map((e) => ({ version: e.version, at: e.at.toISOString(), authorName: e.authorName, kind: e.kind, milestone: e.milestone?.slug ?? null, response: e.response?.id ?? null, field: e.field, fromValue: e.fromValue, toValue: e.toValue, note: e.note })),
    current: result.current,
  });
});
