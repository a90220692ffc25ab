import { apiError } from '@/lib/api';
import { parseRecommendationFilters } from '@/lib/filters/recommendations';
import { toRawParams } from '@/lib/filters/params';
import { listRecommendations } from '@/lib/queries/recommendations';
import { isStale, milestoneProgress } from '@/lib/tracker/progress';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const { filters, dropped } = parseRecommendationFilters(toRawParams(new URL(request.url).searchParams));
  if (dropped.length) return apiError(400, 'Unknown or malformed parameters.', { dropped });
  const rows = await listRecommendations(filters);
  return Response.json({
    recommendations: rows.map((r) => ({
      number: r.number,
      title: r.title,
      stage: r.stage,
      actors: r.actors.map((a) => a.actor),
      progress: milestoneProgress(r.milestones),
      lastReviewedAt: r.lastReviewedAt?.toISOString() ?? null,
      stale: isStale(r.lastReviewedAt),
      version: r.version,
    })),
  });
}
