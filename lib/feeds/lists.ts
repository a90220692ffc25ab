// The feed of a register list's view (/deals/feed.xml?country=PL, /instruments/feed.xml?owner=EU,
// /sources/feed.xml?q=Fiott): new and changed records of that view, newest first, read from the
// append-only revisions. Which records the view holds is asked of the list itself (./follow in each
// list's spec), for the revisions' records only, so a view of 100,000 deals costs no more than one of ten.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { toRawParams } from '@/lib/filters/params';
import { localised } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { type ListFilters, type ListKind, listOfKind } from '@/lib/lists';
import { recommendationsFeedHref } from '@/lib/tracker/feed';
import { dealFollow } from '@/lib/lists/deals';
import { instrumentFollow } from '@/lib/lists/instruments';
import type { ListFollow } from '@/lib/lists/spec';
import { sourceFollow } from '@/lib/lists/sources';
import { revisionChanges } from '@/lib/editing/save';
import { localisedPath, publicOrigin } from '@/lib/url';
import { describeView } from '@/lib/views/describe';
import { type AtomFeed, atomResponse, feedRefusal } from './atom';

/** The lists whose records editors change in the register, and so have a feed of revisions. */
export const followedLists = ['deals', 'instruments', 'sources'] as const;
export type FollowedList = (typeof followedLists)[number];

const follows: { [K in FollowedList]: ListFollow<ListFilters[K]> } = { deals: dealFollow, instruments: instrumentFollow, sources: sourceFollow };

export const isFollowed = (kind: string): kind is FollowedList => (followedLists as readonly string[]).includes(kind);

export const LIST_FEED_ENTRIES = 50;
/** Revisions read per batch, and at most, looking for the view's: a narrow view may find fewer. */
const BATCH = 250;
const MAX_SCANNED = 5_000;

/**
 * Where the feed of a list's view is, in the reader's language: the register's lists follow their
 * records' revisions, the scorecard its recommendations' saves; the paper's findings do not change.
 */
export function viewFeedHref<K extends ListKind>(kind: K, filters: ListFilters[K], locale: string): string | null {
  if (kind === 'recommendations') return recommendationsFeedHref(filters as ListFilters['recommendations'], locale);
  if (!isFollowed(kind)) return null;
  // A followed kind's filters are its own (the checks above cannot narrow a generic kind).
  const follow = follows[kind] as unknown as ListFollow<ListFilters[K]>;
  const build = listOfKind(kind).build as (f: ListFilters[K]) => string;
  return localisedPath(`/${kind}/feed.xml${build(follow.follow(filters))}`, locale);
}

export function listFeed<K extends FollowedList>(kind: K, request: Request, locale: string, client: PrismaClient = db): Promise<Response> {
  const spec = listOfKind(kind);
  const follow = follows[kind];
  const raw = toRawParams(new URL(request.url).searchParams);
  const { filters: parsed, dropped } = spec.parse(raw);
  if (dropped.length) return Promise.resolve(feedRefusal(400, translatorFor(locale, 'trackerFeeds')('badView', { params: dropped.map((d) => `${d.key}=${d.value}`).join(', ') })));
  const filters = follow.follow(parsed);
  return atomResponse(request, locale, async (): Promise<AtomFeed> => {
    const origin = publicOrigin(request.headers, request.url);
    const t = translatorFor(locale, 'trackerFeeds');
    const actions = translatorFor(locale, 'editing.action');
    const fields = translatorFor(locale, `editing.fields.${follow.entity}`);
    const query = spec.build(filters);
    const url = (path: string) => `${origin}${localisedPath(path, locale)}`;

    const found: Array<{ revision: Awaited<ReturnType<typeof batchOf>>[number]; title: string }> = [];
    for (let skip = 0; skip < MAX_SCANNED && found.length < LIST_FEED_ENTRIES; skip += BATCH) {
      const batch = await batchOf(client, follow.entity, skip);
      if (!batch.length) break;
      const inView = await follow.inView(filters, [...new Set(batch.map((r) => r.recordKey))], client);
      const titles = new Map(inView.map((r) => [r.key, localised(locale, r.title, r.titleKo).text]));
      for (const revision of batch) {
        const title = titles.get(revision.recordKey);
        if (title !== undefined && found.length < LIST_FEED_ENTRIES) found.push({ revision, title });
      }
      if (batch.length < BATCH) break;
    }

    const view = (await describeView(kind, filters, locale, client)).line;
    const tag = locale === 'en' ? '' : `/${locale}`;
    return {
      id: `tag:ties,2025:${kind}${tag}${query}`,
      locale,
      title: t('listTitle', { kind, view }),
      subtitle: t('listSubtitle'),
      self: url(`/${kind}/feed.xml${query}`),
      alternate: url(`/${kind}${query}`),
      entries: found.map(({ revision: r, title }) => {
        const changed = r.action === 'update' ? revisionChanges(r).map((c) => fields(c.field)) : [];
        return {
          id: `tag:ties,2025:revision${tag}/${r.id}`,
          title: t('recordEntry', { action: actions(r.action), title }),
          link: url(follow.href(r.recordKey)),
          updated: r.at,
          author: r.authorName,
          summary: [...(changed.length ? [t('fieldsChanged', { fields: changed.join(', ') })] : []), r.note].join('\n'),
        };
      }),
    };
  });
}

function batchOf(client: PrismaClient, entity: string, skip: number) {
  return client.revision.findMany({
    where: { entity },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip,
    take: BATCH,
    select: { id: true, recordKey: true, action: true, changes: true, note: true, at: true, authorName: true },
  });
}
