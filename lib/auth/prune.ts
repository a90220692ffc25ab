// Deletes what no check reads any more: sign-in attempts older than the throttle's window (also those
// for emails that have no account) and sessions past their absolute or idle end. Called on every
// sign-in after the response is sent, a bounded batch each time, so no call does unbounded work.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { IDLE_HOURS } from './sessions';
import { WINDOW_MINUTES } from './throttle';

export const PRUNE_BATCH = 200;

export async function pruneStale(client: PrismaClient, now = new Date(), batch = PRUNE_BATCH): Promise<{ attempts: number; sessions: number }> {
  const attemptIds = await client.signInAttempt.findMany({
    where: { at: { lte: new Date(now.getTime() - WINDOW_MINUTES * 60_000) } },
    select: { id: true },
    take: batch,
  });
  const sessionIds = await client.session.findMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - IDLE_HOURS * 3_600_000) } }] },
    select: { id: true },
    take: batch,
  });
  const [attempts, sessions] = await client.$transaction([
    client.signInAttempt.deleteMany({ where: { id: { in: attemptIds.map((a) => a.id) } } }),
    client.session.deleteMany({ where: { id: { in: sessionIds.map((s) => s.id) } } }),
  ]);
  return { attempts: attempts.count, sessions: sessions.count };
}
