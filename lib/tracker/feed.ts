// The tracker's history as Atom feeds, one entry per save: all recommendations, or one of them.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type AtomFeed, atomResponse, feedRefusal } from '@/lib/feeds/atom';
import { type RecommendationFilters, DEFAULT_RECOMMENDATION_SORT, buildRecommendationQuery, emptyRecommendationFilters, hasRecommendationFilters, parseRecommendationFilters } from '@/lib/filters/recommendations';
import { toRawParams } from '@/lib/filters/params';
import { describeView } from '@/lib/views/describe';
import { localised } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { listRecommendations, savedRowSelect } from '@/lib/queries/recommendations';
import { localisedPath, publicOrigin } from '@/lib/url';
import { completeSaves, describeSave } from './saves';

/** Saves in a feed, and the history rows read to find them (a save writes one row per change). */
export const FEED_SAVES = 50;
const FEED_ROWS = 500;

/** The filters of the scorecard view a feed follows: its order and a past day mean nothing to a feed. */
export const followRecommendations = (f: RecommendationFilters): RecommendationFilters => ({ ...f, sort: DEFAULT_RECOMMENDATION_SORT, asof: undefined });

/** Where the feed of a scorecard view is, in the reader's language. */
export function recommendationsFeedHref(f: RecommendationFilters, locale: string): string {
  return localisedPath(`/recommendations/feed.xml${buildRecommendationQuery(followRecommendations(f))}`, locale);
}

/**
 * The feed of a scorecard view (`number` undefined: every recommendation the view's filters hold,
 * `?actor=nato`) or of one recommendation; a number that is none is a 404, a view it cannot read a 400.
 */
export function atomFeed(request: Request, locale: string, client: PrismaClient = db, number?: number): Promise<Response> {
  const { filters, dropped } = parseRecommendationFilters(toRawParams(new URL(request.url).searchParams));
  if (number === undefined && dropped.length) return Promise.resolve(feedRefusal(400, translatorFor(locale, 'trackerFeeds')('badView', { params: dropped.map((d) => `${d.key}=${d.value}`).join(', ') })));
  return atomResponse(request, locale, () => trackerFeed(publicOrigin(request.headers, request.url), locale, number, client, followRecommendations(filters)));
}

export async function trackerFeed(origin: string, locale: string, number: number | undefined, client: PrismaClient, view: RecommendationFilters = emptyRecommendationFilters): Promise<AtomFeed | Response> {
  // Not next-intl's getTranslations: the feed is no page, and is built (and tested) outside one.
  const t = translatorFor(locale, 'feed');
  const own = translatorFor(locale, 'trackerFeeds');
  const url = (path: string) => `${origin}${localisedPath(path, locale)}`;
  const one = number === undefined ? null : await client.recommendation.findUnique({ where: { number }, select: { id: true, number: true, title: true, titleKo: true } });
  if (number !== undefined && !one) return new Response(`${own('noSuchRecommendation')}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // A filtered view follows the recommendations it holds now.
  const filtered = !one && hasRecommendationFilters(view);
  const inView = filtered ? (await listRecommendations(view, client)).map((r) => r.id) : null;
  const rows = await client.historyEntry.findMany({
    where: one ? { recommendationId: one.id } : inView ? { recommendationId: { in: inView } } : {},
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: FEED_ROWS,
    select: { ...savedRowSelect, recommendation: { select: { number: true, title: true, titleKo: true } } },
  });
  const recommendations = new Map(rows.map((r) => [r.recommendationId, r.recommendation]));
  const saves = completeSaves(rows, FEED_ROWS).slice(0, FEED_SAVES);
  // English keeps its original ids; the Korean feed's entries are distinct entries with their own.
  const tag = locale === 'en' ? '' : `/${locale}`;
  const query = filtered ? buildRecommendationQuery(view) : '';
  const path = one ? `/recommendations/${one.number}` : '/recommendations';
  return {
    id: one ? `tag:ties,2025:recommendations${tag}/${one.number}` : `tag:ties,2025:recommendations${tag}${query}`,
    locale,
    title: one
      ? own('oneTitle', { number: one.number, title: localised(locale, one.title, one.titleKo).text })
      : filtered
        ? own('viewTitle', { view: (await describeView('recommendations', view, locale, client)).line })
        : t('title'),
    subtitle: own('subtitle'),
    self: url(`${path}/feed.xml${query}`),
    alternate: url(`${path}${query}`),
    entries: saves.map((save) => {
      const rec = recommendations.get(save.recommendationId)!;
      const changes = describeSave(save, locale);
      const evidence = save.evidenceUrl ? [t('evidence', { url: save.evidenceUrl })] : [];
      return {
        // A save keeps the id of its first row, which is what the feed called its entry before saves were grouped.
        id: `tag:ties,2025:history${tag}/${save.id}`,
        title: t('entryTitle', { number: rec.number, change: changes.join('; ') }),
        link: url(`/recommendations/${rec.number}`),
        updated: save.at,
        author: save.authorName,
        summary: [localised(locale, rec.title, rec.titleKo).text, ...changes, save.note, ...evidence].join('\n'),
      };
    }),
  };
}
