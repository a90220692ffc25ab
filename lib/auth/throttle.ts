// Failures are counted per account and client, and per client: a client that keeps guessing is first
// made to wait (a wait that doubles with each failure), then locked out, for that account and overall,
// so a lockout only ever falls on the client that is guessing. Failures for one account from all
// clients together only slow its sign-ins down (by at most ACCOUNT_MAX_DELAY_MS), never refuse them, so
// a stranger who knows an editor's email cannot keep the editor out: the OWASP authentication cheat
// sheet's advice to throttle rather than lock accounts, and to lock the attacker rather than the victim.
// Attempts live in the database so all instances agree; who "a client" is, see client-key.ts.
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const WINDOW_MINUTES = 15;
/** Failures one client may make for one account before it has to wait between attempts. */
export const FREE_FAILURES = 5;
/** The first wait, doubled with every further failure (15 s, 30 s, 1, 2, 4 min): all five fit in the window, so the lock is reached. */
export const FIRST_WAIT_SECONDS = 15;
/** Failures one client may make for one account before it is locked out of it for the window. */
export const CLIENT_ACCOUNT_LOCK = 10;
/** Failures one client may make for all accounts together (guessing many emails) before it is locked out. */
export const CLIENT_LOCK = 30;
/** Failures for one account, from any client, after which each of its sign-ins is delayed. */
export const ACCOUNT_SLOW_AFTER = 5;
export const ACCOUNT_DELAY_STEP_MS = 1_000;
export const ACCOUNT_MAX_DELAY_MS = 10_000;

const WINDOW_MS = WINDOW_MINUTES * 60_000;

export type Attempt = { email: string; client: string };

/**
 * What to do with a sign-in attempt before its password is checked: let it through (after `delayMs`),
 * or refuse this client for now, either with a short wait or locked for the window.
 */
export type ThrottleDecision =
  | { kind: 'allow'; delayMs: number }
  | { kind: 'wait'; seconds: number }
  | { kind: 'locked'; scope: 'account' | 'client'; minutes: number };

/** When the newest `limit` failures stop all falling in the window, or null if there are fewer than `limit`. */
function lockedUntil(failures: { at: Date }[], limit: number): number | null {
  const oldest = failures.length >= limit ? failures[limit - 1] : undefined;
  return oldest ? oldest.at.getTime() + WINDOW_MS : null;
}

const minutesUntil = (until: number, now: Date) => Math.max(1, Math.ceil((until - now.getTime()) / 60_000));

export async function checkThrottle(client: PrismaClient, { email, client: key }: Attempt, now = new Date()): Promise<ThrottleDecision> {
  const recent = { succeeded: false, at: { gt: new Date(now.getTime() - WINDOW_MS) } };
  const newest = { orderBy: { at: 'desc' as const }, select: { at: true } };
  const [mine, fromClient, forAccount] = await Promise.all([
    client.signInAttempt.findMany({ where: { ...recent, email, client: key }, ...newest, take: CLIENT_ACCOUNT_LOCK }),
    client.signInAttempt.findMany({ where: { ...recent, client: key }, ...newest, take: CLIENT_LOCK }),
    client.signInAttempt.count({ where: { ...recent, email } }),
  ]);

  const clientLock = lockedUntil(fromClient, CLIENT_LOCK);
  if (clientLock !== null) return { kind: 'locked', scope: 'client', minutes: minutesUntil(clientLock, now) };
  const accountLock = lockedUntil(mine, CLIENT_ACCOUNT_LOCK);
  if (accountLock !== null) return { kind: 'locked', scope: 'account', minutes: minutesUntil(accountLock, now) };
  const latest = mine[0];
  if (latest && mine.length >= FREE_FAILURES) {
    const waitMs = FIRST_WAIT_SECONDS * 1000 * 2 ** (mine.length - FREE_FAILURES);
    const left = latest.at.getTime() + waitMs - now.getTime();
    if (left > 0) return { kind: 'wait', seconds: Math.ceil(left / 1000) };
  }

  const over = forAccount - ACCOUNT_SLOW_AFTER + 1;
  return { kind: 'allow', delayMs: over > 0 ? Math.min(over * ACCOUNT_DELAY_STEP_MS, ACCOUNT_MAX_DELAY_MS) : 0 };
}

/** Records an attempt; a success clears that client's failures for the account (not other clients'). */
export async function recordAttempt(client: PrismaClient, { email, client: key }: Attempt, succeeded: boolean, now = new Date()): Promise<void> {
  await client.signInAttempt.create({ data: { email, client: key, succeeded, at: now } });
  if (succeeded) await client.signInAttempt.deleteMany({ where: { email, client: key, succeeded: false } });
}
