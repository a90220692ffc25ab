import { exportResponse } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

/** The sources view for the same parameters as the /sources page, every page of it, as JSON or CSV. */
export function GET(request: Request) {
  return exportResponse(request, 'sources');
}
