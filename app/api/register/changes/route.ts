import { withDatabase } from '@/lib/api';
import { registerChanges, registerChangesCsv } from '@/lib/records/compare';
import { comparisonRequest } from '@/lib/tracker/compare';

export const dynamic = 'force-dynamic';

/**
 * The register's records added, changed, retired or restored between the end of two days
 * (?from=2026-06-01&to=2026-09-01), as JSON or, with format=csv, as a spreadsheet-safe CSV.
 */
export const GET = withDatabase(async (request: Request) => {
  const asked = comparisonRequest(request);
  if (!asked.ok) return asked.response;
  const { days, format } = asked;
  const { records, total } = await registerChanges(days);
  if (format === 'csv') {
    return new Response(registerChangesCsv(days, records), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="ties-register-${days.from}-to-${days.to}.csv"`,
        'X-Ties-Citation': `Ties, the register's records changed between the end of ${days.from} and of ${days.to} (UTC), from its revisions`,
        'X-Ties-Total': String(total),
      },
    });
  }
  return Response.json({ from: days.from, to: days.to, total, records });
});
