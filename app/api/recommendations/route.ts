import { exportResponse } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

/** The scorecard for the same parameters as the /recommendations page, as JSON or CSV. */
export function GET(request: Request) {
  return exportResponse(request, 'recommendations');
}
