import { exportResponse } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

/** The deals view for the same parameters as the /deals page, every page of it, as JSON or CSV. */
export function GET(request: Request) {
  return exportResponse(request, 'deals');
}
