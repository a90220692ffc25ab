// Slows down guessing: after a few failures for one email within a window, sign-ins for it are
// refused until the window has passed. Attempts live in the database so all instances agree.
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

/** Minutes until the email may try again, or 0 if it may try now. */
export async function lockedForMinutes(client: PrismaClient, email: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const failures = await client.signInAttempt.findMany({
    where: { email, succeeded: false, at: { gt: since } },
    orderBy: { at: 'asc' },
    select: { at: true },
  });
  if (failures.length < MAX_FAILURES) return 0;
  const oldest = failures[failures.length - MAX_FAILURES]?.at ?? now;
  return Math.max(1, Math.ceil((oldest.getTime() + WINDOW_MINUTES * 60_000 - now.getTime()) / 60_000));
}

export async function recordAttempt(client: PrismaClient, email: string, succeeded: boolean): Promise<void> {
  await client.signInAttempt.create({ data: { email, succeeded } });
  if (succeeded) await client.signInAttempt.deleteMany({ where: { email, succeeded: false } });
}
