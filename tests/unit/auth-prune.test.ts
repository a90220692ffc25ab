// Pruning on a real database: attempts older than the throttle's window and sessions past their end
// (absolute or idle) are deleted, a bounded batch per call; everything still in use stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneStale } from '@/lib/auth/prune';
import { IDLE_HOURS, createSession } from '@/lib/auth/sessions';
import { WINDOW_MINUTES } from '@/lib/auth/throttle';
import { createTempDatabase, type TempDatabase } from '../helpers/temp-database';

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(() => temp.dispose());

const now = new Date('2026-12-01T09:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('pruneStale', () => {
  it('deletes stale attempts (for made-up emails too) and ended sessions, in bounded batches', async () => {
    const userId = (await temp.db.user.create({ data: { email: 'p@ties.test', name: 'Pat Prune', passwordHash: 'x', role: 'editor' } })).id;
    const stale = Array.from({ length: 7 }, (_, i) => ({ email: `made-up-${i}@ties.test`, client: 'browser:x', succeeded: false, at: ago(WINDOW_MINUTES + 1 + i) }));
    await temp.db.signInAttempt.createMany({ data: [...stale, { email: 'p@ties.test', client: 'browser:x', succeeded: false, at: ago(WINDOW_MINUTES - 1) }] });
    const live = await createSession(temp.db, userId, ago(60));
    await createSession(temp.db, userId, ago(IDLE_HOURS * 60 + 1)); // idle too long
    await temp.db.session.create({ data: { id: 'expired', userId, expiresAt: ago(1), lastSeenAt: ago(2) } });

    expect(await pruneStale(temp.db, now, 5)).toEqual({ attempts: 5, sessions: 2 });
    expect(await pruneStale(temp.db, now, 5)).toEqual({ attempts: 2, sessions: 0 });
    expect(await pruneStale(temp.db, now, 5)).toEqual({ attempts: 0, sessions: 0 });

    expect(await temp.db.signInAttempt.findMany({ select: { email: true } })).toEqual([{ email: 'p@ties.test' }]);
    const kept = await temp.db.session.findMany({ select: { expiresAt: true } });
    expect(kept).toEqual([{ expiresAt: live.expiresAt }]);
  });
});
