import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** Liveness and database status for load balancers and monitors. */
export async function GET() {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return Response.json({ status: 'ok', app: 'ok', database: { status: 'ok', latencyMs } });
  } catch (error) {
    console.error('Health check: database unreachable', error);
    return Response.json({ status: 'degraded', app: 'ok', database: { status: 'unreachable' } }, { status: 503 });
  }
}
