import { RETRY_AFTER_SECONDS } from '@/lib/db-errors';
import { cacheStats } from '@/lib/cache/store';
import { databaseTarget } from '@/lib/database-url';
import { databaseState } from '@/lib/db-health';
import { importRunning } from '@/lib/import/import-client';

export const dynamic = 'force-dynamic';

/**
 * Liveness, database status and this instance's read cache, for load balancers and monitors. 200
 * while readers can be served: "ok", or "degraded" when the database is busy (an import holds the
 * write lock for its run) or read-only, so that saves are refused with a message; taking the only
 * instance out of a balancer for that would turn readers away too. 503 when it cannot be read
 * (unreachable, or locked against readers too).
 */
export async function GET() {
  const started = performance.now();
  // On SQLite an import holds the write lock for its run; on PostgreSQL others still write meanwhile.
  const writerHere = importRunning() && databaseTarget().provider === 'sqlite';
  const { status, readable } = await databaseState({ writerHere });
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const ok = status === 'ok';
  const serving = readable && status !== 'unreachable';
  return Response.json(
    {
      status: ok ? 'ok' : 'degraded',
      app: 'ok',
      database: { status, latencyMs },
      // Reads kept for pages not yet kept (`cache`, as before), and whole pages.
      cache: { ...cacheStats.reads },
      pages: { ...cacheStats.pages },
    },
    { status: serving ? 200 : 503, headers: { 'Cache-Control': 'no-store', ...(ok ? {} : { 'Retry-After': String(RETRY_AFTER_SECONDS) }) } },
  );
}
