// An Atom feed of the tracker's history, so readers can follow changes in any feed reader.
import { db } from '@/lib/db';
import { escapeXml } from '@/lib/xml';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const origin = new URL(request.url).origin;
  const entries = await db.historyEntry.findMany({
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: 100,
    include: { recommendation: { select: { number: true, title: true } }, milestone: { select: { title: true } } },
  });
  const updated = (entries[0]?.at ?? new Date(0)).toISOString();
  const items = entries.map((e) => {
    const what = e.kind === 'stage' ? `status ${e.fromValue} → ${e.toValue}` : e.kind === 'milestone' ? `milestone “${e.milestone?.title}” ${e.toValue}` : 'reviewed';
    const link = `${origin}/recommendations/${e.recommendation.number}`;
    return `  <entry>
    <id>tag:ties,2025:history/${e.id}</id>
    <title>${escapeXml(`Recommendation ${e.recommendation.number}: ${what}`)}</title>
    <link rel="alternate" href="${escapeXml(link)}"/>
    <updated>${e.at.toISOString()}</updated>
    <author><name>${escapeXml(e.authorName)}</name></author>
    <summary>${escapeXml(`${e.recommendation.title} — ${e.note}${e.evidenceUrl ? ` (evidence: ${e.evidenceUrl})` : ''}`)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>tag:ties,2025:recommendations</id>
  <title>Ties · Progress on the ten recommendations</title>
  <link rel="self" href="${escapeXml(`${origin}/recommendations/feed.xml`)}"/>
  <link rel="alternate" href="${escapeXml(`${origin}/recommendations`)}"/>
  <updated>${updated}</updated>
${items.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
