import { withDatabase } from '@/lib/api';
import { comparisonCsv, comparisonRequest, compareDays } from '@/lib/tracker/compare';

export const dynamic = 'force-dynamic';

/**
 * The tracker at the end of two days and what moved in between (?from=2026-06-01&to=2026-09-01),
 * as JSON or, with format=csv, as a spreadsheet-safe CSV named after the two days.
 */
export const GET = withDatabase(async (request: Request) => {
  const asked = comparisonRequest(request);
  if (!asked.ok) return asked.response;
  const { days, format } = asked;
  const diffs = await compareDays(days);
  if (format === 'csv') {
    return new Response(comparisonCsv(days, diffs), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="ties-tracker-${days.from}-to-${days.to}.csv"`,
        'X-Ties-Citation': `Ties, the recommendations tracker at the end of ${days.from} and of ${days.to} (UTC), rebuilt from its history`,
      },
    });
  }
  return Response.json({ from: days.from, to: days.to, recommendations: diffs });
});
