// The feed of a deals view (/deals/feed.xml?country=PL): new and changed deals, newest first, read
// from the append-only revisions. Which deals the view holds is asked of the deals list's own
// where-clause, for the revisions' deals only, so a view of 100,000 deals costs no more than one of ten.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DEFAULT_DEAL_SORT, buildDealQuery, parseDealFilters } from '@/lib/filters/deals';
import { type RawParams, toRawParams } from '@/lib/filters/params';
import { localised } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { dealWhere } from '@/lib/lists/deal-facets';
import { revisionChanges } from '@/lib/editing/save';
import { localisedPath, publicOrigin } from '@/lib/url';
import { describeView } from '@/lib/views/describe';
import { type AtomFeed, atomResponse, feedRefusal } from './atom';

export const DEAL_FEED_ENTRIES = 50;
/** Revisions read per batch, and at most, looking for the view's: a narrow view may find fewer. */
const BATCH = 250;
const MAX_SCANNED = 5_000;

/** The filters of the view a feed follows: its order and page mean nothing to a feed. */
export function dealFeedQuery(raw: RawParams): { query: string; dropped: string[] } {
  const { filters, dropped } = parseDealFilters(raw);
  return { query: buildDealQuery({ ...filters, sort: DEFAULT_DEAL_SORT, page: 1 }), dropped: dropped.map((d) => d.key) };
}

export function dealsFeed(request: Request, locale: string, client: PrismaClient = db): Promise<Response> {
  const raw = toRawParams(new URL(request.url).searchParams);
  const { filters, dropped } = parseDealFilters(raw);
  if (dropped.length) return Promise.resolve(feedRefusal(400, translatorFor(locale, 'trackerFeeds')('badView', { params: dropped.map((d) => `${d.key}=${d.value}`).join(', ') })));
  return atomResponse(request, locale, async (): Promise<AtomFeed> => {
    const origin = publicOrigin(request.headers, request.url);
    const t = translatorFor(locale, 'trackerFeeds');
    const actions = translatorFor(locale, 'editing.action');
    const fields = translatorFor(locale, 'editing.fields.deal');
    const { query } = dealFeedQuery(raw);
    const url = (path: string) => `${origin}${localisedPath(path, locale)}`;
    const where = dealWhere(filters);

    const found: Array<{ revision: Awaited<ReturnType<typeof batchOf>>[number]; title: string }> = [];
    for (let skip = 0; skip < MAX_SCANNED && found.length < DEAL_FEED_ENTRIES; skip += BATCH) {
      const batch = await batchOf(client, skip);
      if (!batch.length) break;
      const slugs = [...new Set(batch.map((r) => r.recordKey))];
      const inView = await client.deal.findMany({ where: { AND: [where, { slug: { in: slugs } }] }, select: { slug: true, title: true, titleKo: true } });
      const titles = new Map(inView.map((d) => [d.slug, localised(locale, d.title, d.titleKo).text]));
      for (const revision of batch) {
        const title = titles.get(revision.recordKey);
        if (title !== undefined && found.length < DEAL_FEED_ENTRIES) found.push({ revision, title });
      }
      if (batch.length < BATCH) break;
    }

    const view = (await describeView('deals', { ...filters, sort: DEFAULT_DEAL_SORT, page: 1 }, locale, client)).line;
    const tag = locale === 'en' ? '' : `/${locale}`;
    return {
      id: `tag:ties,2025:deals${tag}${query}`,
      locale,
      title: t('dealsTitle', { view }),
      subtitle: t('dealsSubtitle'),
      self: url(`/deals/feed.xml${query}`),
      alternate: url(`/deals${query}`),
      entries: found.map(({ revision: r, title }) => {
        const changed = r.action === 'update' ? revisionChanges(r).map((c) => fields(c.field)) : [];
        return {
          id: `tag:ties,2025:revision${tag}/${r.id}`,
          title: t('dealEntry', { action: actions(r.action), title }),
          link: url(`/deals/${r.recordKey}`),
          updated: r.at,
          author: r.authorName,
          summary: [...(changed.length ? [t('fieldsChanged', { fields: changed.join(', ') })] : []), r.note].join('\n'),
        };
      }),
    };
  });
}

function batchOf(client: PrismaClient, skip: number) {
  return client.revision.findMany({
    where: { entity: 'deal' },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip,
    take: BATCH,
    select: { id: true, recordKey: true, action: true, changes: true, note: true, at: true, authorName: true },
  });
}
