// An Atom feed of the tracker's history in one language, so readers can follow changes in any feed reader.
import { databaseTrouble, RETRY_AFTER_SECONDS } from '@/lib/db-errors';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { localised } from '@/lib/format';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { publicOrigin } from '@/lib/url';
import { escapeXml } from '@/lib/xml';

/** The feed, or 503 with Retry-After while the database is busy or unreachable (a feed reader tries again). */
export async function atomFeed(request: Request, locale: Locale, client: PrismaClient = db): Promise<Response> {
  try {
    return await feedResponse(request, locale, client);
  } catch (error) {
    const trouble = databaseTrouble(error);
    if (!trouble) throw error;
    console.warn(`Atom feed not served: the database is ${trouble}.`);
    return new Response(`${translatorFor(locale, 'feed')('unavailable')}\n`, {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
    });
  }
}

async function feedResponse(request: Request, locale: Locale, client: PrismaClient): Promise<Response> {
  // The public address, as every page prints it (request.url names the address the server is bound to).
  const origin = publicOrigin(request.headers, request.url);
  // Not next-intl's getTranslations: the feed is no page, and is built (and tested) outside one.
  const t = translatorFor(locale, 'feed');
  const stages = translatorFor(locale, 'vocab.recommendationStage');
  const tracker = translatorFor(locale, 'tracker');
  const url = (href: string) => `${origin}${getPathname({ href, locale })}`;
  const entries = await client.historyEntry.findMany({
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: 100,
    include: {
      recommendation: { select: { number: true, title: true, titleKo: true } },
      milestone: { select: { title: true, titleKo: true } },
    },
  });
  // English keeps its original ids; the Korean feed's entries are distinct entries with their own.
  const tag = locale === 'en' ? '' : `/${locale}`;
  const updated = (entries[0]?.at ?? new Date(0)).toISOString();
  const items = entries.map((e) => {
    const change =
      e.kind === 'stage'
        ? t('stageChange', { from: e.fromValue ? stages(e.fromValue) : '—', to: e.toValue ? stages(e.toValue) : '—' })
        : e.kind === 'milestone'
          ? t('milestoneChange', {
              title: e.milestone ? localised(locale, e.milestone.title, e.milestone.titleKo).text : '',
              state: e.toValue ? tracker(`milestoneState.${e.toValue}`) : '',
            })
          : t('review');
    const title = localised(locale, e.recommendation.title, e.recommendation.titleKo).text;
    const evidence = e.evidenceUrl ? ` (${t('evidence', { url: e.evidenceUrl })})` : '';
    return `  <entry>
    <id>tag:ties,2025:history${tag}/${e.id}</id>
    <title>${escapeXml(t('entryTitle', { number: e.recommendation.number, change }))}</title>
    <link rel="alternate" href="${escapeXml(url(`/recommendations/${e.recommendation.number}`))}"/>
    <updated>${e.at.toISOString()}</updated>
    <author><name>${escapeXml(e.authorName)}</name></author>
    <summary>${escapeXml(`${title} — ${e.note}${evidence}`)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>tag:ties,2025:recommendations${tag}</id>
  <title>${escapeXml(t('title'))}</title>
  <link rel="self" href="${escapeXml(url('/recommendations/feed.xml'))}"/>
  <link rel="alternate" href="${escapeXml(url('/recommendations'))}"/>
  <updated>${updated}</updated>
${items.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
