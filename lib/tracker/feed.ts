// An Atom feed of the tracker's history in one language, so readers can follow changes in any feed reader.
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localised } from '@/lib/format';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { escapeXml } from '@/lib/xml';

export async function atomFeed(request: Request, locale: Locale): Promise<Response> {
  const origin = new URL(request.url).origin;
  const t = await getTranslations({ locale, namespace: 'feed' });
  const stages = await getTranslations({ locale, namespace: 'vocab.recommendationStage' });
  const tracker = await getTranslations({ locale, namespace: 'tracker' });
  const url = (href: string) => `${origin}${getPathname({ href, locale })}`;
  const entries = await db.historyEntry.findMany({
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
