import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { RecommendationFilters, RecommendationSort } from '@/lib/filters/recommendations';
import { recommendationStages } from '@/lib/schemas/recommendation';
import { matchesTokens, searchTokens } from '@/lib/search';
import { milestoneProgress } from '@/lib/tracker/progress';
import { type TrackerState, endOfDay, trackerAsOf } from '@/lib/tracker/as-of';
import { groupSaves } from '@/lib/tracker/saves';
import { LINKED_DEALS_SHOWN, countLiveLinkedDeals } from './deals';

function recommendationWhere(f: RecommendationFilters): Prisma.RecommendationWhereInput {
  const and: Prisma.RecommendationWhereInput[] = [];
  if (f.stage.length) and.push({ stage: { in: f.stage } });
  if (f.actor.length) and.push({ actors: { some: { actor: { in: f.actor } } } });
  return { AND: and };
}

/** An actor's responses, newest first (by the day given, then as recorded): the first is its position now. */
export const responseOrder = [{ respondedOn: 'desc' }, { id: 'desc' }] satisfies Prisma.RecommendationResponseOrderByWithRelationInput[];

/** Responses that stand at a moment (recorded by then, not yet retired), or now. */
export function standingResponses(moment: Date | null): Prisma.RecommendationResponseWhereInput {
  return moment ? { recordedAt: { lt: moment }, OR: [{ retiredAt: null }, { retiredAt: { gte: moment } }] } : { retiredAt: null };
}

/** A recommendation as it stood at a moment: rewound by its history, with the responses that stood then (recorded by then, retired only if by then). */
async function recommendationAt<T extends TrackerState & { responses: Array<{ recordedAt: Date; retiredAt: Date | null }> }>(client: PrismaClient, rec: T, moment: Date) {
  const [past] = await trackerAsOf(client, [rec], moment);
  return { ...past!, responses: rec.responses.filter((r) => r.recordedAt < moment).map((r) => ({ ...r, retiredAt: r.retiredAt && r.retiredAt < moment ? r.retiredAt : null })) };
}

async function filteredRecommendations(f: RecommendationFilters, client: PrismaClient) {
  // A view of exactly one actor reads the scorecard as that actor's: each card with its latest response.
  const actor = f.actor.length === 1 ? f.actor[0] : null;
  const moment = f.asof ? endOfDay(f.asof) : null;
  const read = (where: Prisma.RecommendationWhereInput) =>
    client.recommendation.findMany({
      where,
      orderBy: { number: 'asc' },
      include: {
        actors: { orderBy: { actor: 'asc' } },
        milestones: { orderBy: { position: 'asc' } },
        sources: { orderBy: { id: 'asc' }, select: { title: true, publishedOn: true } },
        responses: { where: { actor: actor ?? '', ...standingResponses(moment) }, orderBy: responseOrder, take: actor ? 1 : 0, select: { actor: true, respondedOn: true, position: true, positionKo: true, evidenceUrl: true } },
      },
    });
  if (!moment) return read(recommendationWhere(f));
  // A past day: every recommendation rewound to it, then filtered by what it was then.
  const past = await trackerAsOf(client, await read({}), moment);
  return past.filter((r) => (!f.stage.length || f.stage.includes(r.stage as never)) && (!f.actor.length || r.actors.some((a) => f.actor.includes(a.actor as never))));
}
export type RecommendationListItem = Awaited<ReturnType<typeof filteredRecommendations>>[number];

const share = (r: RecommendationListItem) => {
  const { done, total } = milestoneProgress(r.milestones);
  return total ? done / total : 0;
};
const stageRank = (r: RecommendationListItem) => (recommendationStages as readonly string[]).indexOf(r.stage);
// Never-reviewed recommendations sort as the oldest review.
const reviewed = (r: RecommendationListItem) => r.lastReviewedAt?.getTime() ?? 0;

const sorters: Record<RecommendationSort, (a: RecommendationListItem, b: RecommendationListItem) => number> = {
  number: (a, b) => a.number - b.number,
  '-number': (a, b) => b.number - a.number,
  stage: (a, b) => stageRank(a) - stageRank(b) || a.number - b.number,
  '-stage': (a, b) => stageRank(b) - stageRank(a) || a.number - b.number,
  progress: (a, b) => share(a) - share(b) || a.number - b.number,
  '-progress': (a, b) => share(b) - share(a) || a.number - b.number,
  reviewed: (a, b) => reviewed(a) - reviewed(b) || a.number - b.number,
  '-reviewed': (a, b) => reviewed(b) - reviewed(a) || a.number - b.number,
};

/**
 * The scorecard for a view. There are ten recommendations, so the text filter and the orders that
 * need derived values (progress) are applied in JS, identically on every database.
 */
export const listRecommendations = cachedRead('recommendations.list', ['register', 'tracker'], async (f: RecommendationFilters, client: PrismaClient = db) => {
  const tokens = searchTokens(f.q ?? '');
  const rows = (await filteredRecommendations(f, client)).filter((r) => matchesTokens([String(r.number), r.title, r.titleKo, r.summary, r.summaryKo], tokens));
  return rows.sort(sorters[f.sort]);
});

/**
 * How many recommendations of a view have each value of a facet, counted within the view's other
 * filters (as the deals' facets count): the scorecard's chips show these.
 */
export async function recommendationFacetCounts(f: RecommendationFilters, client: PrismaClient = db): Promise<{ stage: Map<string, number>; actor: Map<string, number> }> {
  const [byStage, byActor] = await Promise.all([listRecommendations({ ...f, stage: [] }, client), listRecommendations({ ...f, actor: [] }, client)]);
  const stage = new Map<string, number>();
  for (const r of byStage) stage.set(r.stage, (stage.get(r.stage) ?? 0) + 1);
  const actor = new Map<string, number>();
  for (const r of byActor) for (const a of r.actors) actor.set(a.actor, (actor.get(a.actor) ?? 0) + 1);
  return { stage, actor };
}

/** Saves per page on a recommendation's page and in its API answer, newest first. */
export const HISTORY_PER_PAGE = 50;

/**
 * A recommendation with one page of its history, a save at a time (newest first; page 1 unless
 * asked, a page past the end gives the last). A save that moved the stage and milestones wrote a
 * row for each, all with the version it produced: the page reads whole saves, by version. The
 * history only grows, to 10,000 saves per recommendation in the scale data, where loading it
 * whole made a 9 MB page that took 10 s to render.
 */
export const getRecommendation = cachedRead('recommendations.one', ['register', 'tracker'], async (number: number, client: PrismaClient = db, historyPage: number = 1, asof?: string) => {
  const now = await client.recommendation.findUnique({
    where: { number },
    include: {
      actors: { orderBy: { actor: 'asc' } },
      milestones: { orderBy: { position: 'asc' } },
      responses: { orderBy: responseOrder },
      instruments: { where: { retiredAt: null }, orderBy: { acronym: 'asc' }, select: { code: true, acronym: true, name: true, nameKo: true } },
      challenges: { orderBy: { number: 'asc' }, select: { slug: true, number: true, title: true, titleKo: true } },
      deals: { where: { retiredAt: null }, orderBy: { title: 'asc' }, take: LINKED_DEALS_SHOWN, select: { slug: true, title: true, titleKo: true } },
      sources: { orderBy: { id: 'asc' }, select: { slug: true, title: true, authors: true, publishedOn: true } },
    },
  });
  if (!now) return null;
  const linked = { ...now, _count: { deals: await countLiveLinkedDeals(client, 'recommendations', now.id) } };
  // A past day: the recommendation rewound to the end of it, and only the history up to then.
  const moment = asof ? endOfDay(asof) : null;
  const recommendation = moment ? await recommendationAt(client, linked, moment) : linked;
  const upTo = { recommendationId: recommendation.id, ...(moment ? { at: { lt: moment } } : {}) };
  // One small row per save (its version), read from the (recommendationId, version) index.
  const versions = await client.historyEntry.groupBy({ by: ['version'], where: upTo, orderBy: { version: 'desc' } });
  const historyTotal = versions.length;
  const historyPages = Math.max(1, Math.ceil(historyTotal / HISTORY_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(historyPage)), historyPages);
  const onPage = versions.slice((page - 1) * HISTORY_PER_PAGE, page * HISTORY_PER_PAGE).map((v) => v.version);
  const rows = onPage.length
    ? await client.historyEntry.findMany({
        where: { ...upTo, version: { in: onPage } },
        orderBy: [{ version: 'desc' }, { id: 'asc' }],
        select: { ...savedRowSelect, milestone: { select: { slug: true, title: true, titleKo: true } } },
      })
    : [];
  return { ...recommendation, history: groupSaves(rows), historyTotal, historyPage: page, historyPages };
});

/** The columns of a history row that a save is read from (lib/tracker/saves.ts). */
export const savedRowSelect = {
  id: true,
  recommendationId: true,
  version: true,
  at: true,
  authorName: true,
  kind: true,
  field: true,
  fromValue: true,
  toValue: true,
  note: true,
  evidenceUrl: true,
  effectiveAt: true,
  milestone: { select: { title: true, titleKo: true } },
  response: { select: { id: true, actor: true, respondedOn: true, position: true, positionKo: true } },
} as const;

/**
 * The `page` of a recommendation's history from a URL: a whole number from 1, or undefined when
 * absent. Anything else is null, which the page reports and the API refuses.
 */
export function parseHistoryPage(raw: string | string[] | null | undefined): number | null | undefined {
  if (raw === undefined || raw === null) return undefined;
  return typeof raw === 'string' && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/** Where a recommendation stands now, read fresh (no cache): what a form starts again from, and a stale save is merged onto. */
export async function getRecommendationState(number: number, client: PrismaClient = db) {
  return client.recommendation.findUnique({
    where: { number },
    select: {
      version: true,
      stage: true,
      priority: true,
      milestones: { orderBy: { position: 'asc' }, select: { slug: true, title: true, titleKo: true, actor: true, targetDate: true, doneAt: true, retiredAt: true } },
      responses: { orderBy: responseOrder, select: { id: true, actor: true, respondedOn: true, position: true, positionKo: true, retiredAt: true } },
    },
  });
}
