// Sign-in throttling on a real database, with an injected clock: the client that guesses is slowed,
// then locked out; the account itself is only ever slowed, so its owner can sign in from elsewhere.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT_MAX_DELAY_MS,
  CLIENT_ACCOUNT_LOCK,
  CLIENT_LOCK,
  FIRST_WAIT_SECONDS,
  FREE_FAILURES,
  WINDOW_MINUTES,
  checkThrottle,
  recordAttempt,
} from '@/lib/auth/throttle';
import { createTempDatabase, type TempDatabase } from '../helpers/temp-database';

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(() => temp.dispose());
beforeEach(async () => {
  await temp.db.signInAttempt.deleteMany();
});

const EDITOR = 'editor@ties.test';
const STRANGER = 'browser:stranger';
const OWNER = 'browser:owner';
const start = new Date('2026-12-01T09:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

/** `count` wrong passwords from `client`, each as soon as the throttle lets it through; returns when the last was made. */
async function fail(client: string, count: number, email = EDITOR, from = 0): Promise<number> {
  let t = from;
  for (let made = 0; made < count; t += 1) {
    const decision = await checkThrottle(temp.db, { email, client }, at(t));
    if (decision.kind === 'locked') throw new Error(`locked after ${made} failures`);
    if (decision.kind === 'wait') {
      t += decision.seconds - 1;
      continue;
    }
    await recordAttempt(temp.db, { email, client }, false, at(t));
    made += 1;
  }
  return t - 1;
}

describe('checkThrottle', () => {
  it('lets the first failures through, then makes the client wait, doubling each time', async () => {
    const last = await fail(STRANGER, FREE_FAILURES);
    expect(await checkThrottle(temp.db, { email: EDITOR, client: STRANGER }, at(last + 1))).toEqual({ kind: 'wait', seconds: FIRST_WAIT_SECONDS - 1 });
    expect((await checkThrottle(temp.db, { email: EDITOR, client: STRANGER }, at(last + FIRST_WAIT_SECONDS))).kind).toBe('allow');
    await recordAttempt(temp.db, { email: EDITOR, client: STRANGER }, false, at(last + FIRST_WAIT_SECONDS));
    expect(await checkThrottle(temp.db, { email: EDITOR, client: STRANGER }, at(last + FIRST_WAIT_SECONDS))).toEqual({ kind: 'wait', seconds: 2 * FIRST_WAIT_SECONDS });
  });

  it('locks the guessing client out of the account for the window, and lets it try again after', async () => {
    const last = await fail(STRANGER, CLIENT_ACCOUNT_LOCK);
    const locked = await checkThrottle(temp.db, { email: EDITOR, client: STRANGER }, at(last + 1));
    expect(locked).toMatchObject({ kind: 'locked', scope: 'account' });
    expect(locked.kind === 'locked' && locked.minutes).toBeGreaterThan(0);
    expect(locked.kind === 'locked' && locked.minutes).toBeLessThanOrEqual(WINDOW_MINUTES);
    expect((await checkThrottle(temp.db, { email: EDITOR, client: STRANGER }, at(last + WINDOW_MINUTES * 60))).kind).toBe('allow');
  });

  it('never keeps the owner out: a stranger’s failures only delay the account, by a bounded time', async () => {
    // The stranger keeps going for every account-wide failure it can make, from many clients too.
    for (let c = 0; c < 4; c += 1) await fail(`${STRANGER}-${c}`, CLIENT_ACCOUNT_LOCK, EDITOR);
    expect(await temp.db.signInAttempt.count({ where: { email: EDITOR, succeeded: false } })).toBe(4 * CLIENT_ACCOUNT_LOCK);
    const owner = await checkThrottle(temp.db, { email: EDITOR, client: OWNER }, at(60));
    expect(owner.kind).toBe('allow');
    expect(owner.kind === 'allow' && owner.delayMs).toBeGreaterThan(0);
    expect(owner.kind === 'allow' && owner.delayMs).toBeLessThanOrEqual(ACCOUNT_MAX_DELAY_MS);
  });

  it('locks a client that guesses across many accounts out of all of them, and only that client', async () => {
    let t = 0;
    for (let i = 0; i < CLIENT_LOCK; i += 1) t = (await fail(STRANGER, 1, `person-${i}@ties.test`, t)) + 1;
    expect(await checkThrottle(temp.db, { email: EDITOR, client: STRANGER }, at(t))).toMatchObject({ kind: 'locked', scope: 'client' });
    expect(await checkThrottle(temp.db, { email: EDITOR, client: OWNER }, at(t))).toEqual({ kind: 'allow', delayMs: 0 });
  });

  it('forgets failures older than the window', async () => {
    await fail(STRANGER, FREE_FAILURES);
    expect(await checkThrottle(temp.db, { email: EDITOR, client: STRANGER }, at(WINDOW_MINUTES * 60 + 10))).toEqual({ kind: 'allow', delayMs: 0 });
  });
});

describe('recordAttempt', () => {
  it('clears, on success, the failures of that client for that account only', async () => {
    const last = await fail(STRANGER, 3);
    await fail(OWNER, 2, EDITOR, last + 1);
    await recordAttempt(temp.db, { email: EDITOR, client: OWNER }, true, at(last + 10));
    const failures = await temp.db.signInAttempt.findMany({ where: { succeeded: false }, select: { client: true } });
    expect(failures.map((f) => f.client)).toEqual([STRANGER, STRANGER, STRANGER]);
  });
});
