// The tracker's history as Atom feeds, one entry per save: all recommendations, or one of them.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type AtomFeed, atomResponse } from '@/lib/feeds/atom';
import { localised } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { savedRowSelect } from '@/lib/queries/recommendations';
import { localisedPath, publicOrigin } from '@/lib/url';
import { completeSaves, describeSave } from './saves';

/** Saves in a feed, and the history rows read to find them (a save writes one row per change). */
export const FEED_SAVES = 50;
const FEED_ROWS = 500;

/** The feed of every recommendation (`number` undefined) or of one; a number that is none is a 404. */
export function atomFeed(request: Request, locale: string, client: PrismaClient = db, number?: number): Promise<Response> {
  return atomResponse(request, locale, () => trackerFeed(publicOrigin(request.headers, request.url), locale, number, client));
}

export async function trackerFeed(origin: string, locale: string, number: number | undefined, client: PrismaClient): Promise<AtomFeed | Response> {
  // Not next-intl's getTranslations: the feed is no page, and is built (and tested) outside one.
  const t = translatorFor(locale, 'feed');
  const own = translatorFor(locale, 'trackerFeeds');
  const url = (path: string) => `${origin}${localisedPath(path, locale)}`;
  const one = number === undefined ? null : await client.recommendation.findUnique({ where: { number }, select: { id: true, number: true, title: true, titleKo: true } });
  if (number !== undefined && !one) return new Response(`${own('noSuchRecommendation')}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const rows = await client.historyEntry.findMany({
    where: one ? { recommendationId: one.id } : {},
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: FEED_ROWS,
    select: { ...savedRowSelect, recommendation: { select: { number: true, title: true, titleKo: true } } },
  });
  const recommendations = new Map(rows.map((r) => [r.recommendationId, r.recommendation]));
  const saves = completeSaves(rows, FEED_ROWS).slice(0, FEED_SAVES);
  // English keeps its original ids; the Korean feed's entries are distinct entries with their own.
  const tag = locale === 'en' ? '' : `/${locale}`;
  const path = one ? `/recommendations/${one.number}` : '/recommendations';
  return {
    id: one ? `tag:ties,2025:recommendations${tag}/${one.number}` : `tag:ties,2025:recommendations${tag}`,
    locale,
    title: one ? own('oneTitle', { number: one.number, title: localised(locale, one.title, one.titleKo).text }) : t('title'),
    subtitle: own('subtitle'),
    self: url(`${path}/feed.xml`),
    alternate: url(path),
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
