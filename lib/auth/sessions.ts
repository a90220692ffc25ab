// Database sessions. The cookie carries a random 256-bit token; the database keeps only its SHA-256,
// so a leaked database cannot be replayed as cookies. Every instance reads the same table. A session
// ends SESSION_DAYS after sign-in, or sooner after IDLE_HOURS without use; use is written back at most
// every TOUCH_MINUTES, so reading the session on each request does not also write on each request.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/schemas/user';

export const SESSION_COOKIE = 'ties_session';
export const SESSION_DAYS = 14;
export const IDLE_HOURS = 12;
export const TOUCH_MINUTES = 5;

export type SessionUser = { id: number; email: string; name: string; role: Role };

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(client: PrismaClient, userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await client.session.create({ data: { id: digest(token), userId, expiresAt, lastSeenAt: now } });
  return { token, expiresAt };
}

/**
 * Reading a session writes only as upkeep (a touch, the deletion of an ended one): a database that is
 * busy or read-only at that moment must not turn every signed-in page into an error. The next request
 * tries again.
 */
async function bestEffort(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    console.warn('Session upkeep skipped:', error instanceof Error ? error.message : error);
  }
}

/** The user a token belongs to, or null if it is unknown, expired, idle too long or the user is disabled. */
export async function userForToken(client: PrismaClient, token: string | undefined, now = new Date()): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const session = await client.session.findUnique({
    where: { id: digest(token) },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session) return null;
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleSince >= IDLE_HOURS * 3_600_000) {
    await bestEffort(client.session.deleteMany({ where: { id: session.id } }));
    return null;
  }
  if (session.user.disabledAt) return null;
  if (idleSince >= TOUCH_MINUTES * 60_000) {
    // Only if no other request has touched it meanwhile: one write per interval, however many requests.
    await bestEffort(client.session.updateMany({ where: { id: session.id, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now } }));
  }
  const { id, email, name, role } = session.user;
  return { id, email, name, role: role === 'admin' ? 'admin' : 'editor' };
}

export async function deleteSession(client: PrismaClient, token: string | undefined): Promise<void> {
  if (token) await client.session.deleteMany({ where: { id: digest(token) } });
}

export function cookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    // Secure in production; TIES_INSECURE_COOKIES=1 allows plain-http serving on a private network.
    secure: process.env.NODE_ENV === 'production' && process.env.TIES_INSECURE_COOKIES !== '1',
    path: '/',
    expires,
  };
}
