import { withDatabase } from '@/lib/api';
import { exportResponse } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

/** The deals view for the same parameters as the /deals page, every page of it, as JSON or CSV. */
export const GET = withDatabase((request: Request) => exportResponse(request, 'deals'));
