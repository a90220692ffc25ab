// Who is making this request: read from the session cookie, once per request.
import { cookies } from 'next/headers';
import { cache } from 'react';
import { db } from '@/lib/db';
import { SESSION_COOKIE, type SessionUser, userForToken } from './sessions';

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return userForToken(db, token);
});
