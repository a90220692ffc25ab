import { withDatabase } from '@/lib/api';
import { exportResponse } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

/** The sources view for the same parameters as the /sources page, every page of it, as JSON or CSV. */
export const GET = withDatabase((request: Request) => exportResponse(request, 'sources'));
