import { withDatabase } from '@/lib/api';
import { exportResponse } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

/** The findings view for the same parameters as the /findings page, as JSON or CSV. */
export const GET = withDatabase((request: Request) => exportResponse(request, 'findings'));
