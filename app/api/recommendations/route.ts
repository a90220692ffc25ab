import { withDatabase } from '@/lib/api';
import { exportResponse } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

/** The scorecard for the same parameters as the /recommendations page, as JSON or CSV. */
export const GET = withDatabase((request: Request) => exportResponse(request, 'recommendations'));
