// Sessions on a real database, with an injected clock: an absolute life of SESSION_DAYS, an idle
// limit of IDLE_HOURS, and use written back at most every TOUCH_MINUTES.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDLE_HOURS, SESSION_DAYS, TOUCH_MINUTES, createSession, userForToken } from '@/lib/auth/sessions';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { createTempDatabase, createTempSqliteDatabase, type TempDatabase } from '../helpers/temp-database';

let temp: TempDatabase;
let userId: number;
beforeAll(async () => {
  temp = await createTempDatabase();
  userId = (await temp.db.user.create({ data: { email: 's@ties.test', name: 'Sam Session', passwordHash: 'x', role: 'editor' } })).id;
});
afterAll(() => temp.dispose());

const start = new Date('2026-12-01T09:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const HOUR = 60;
const lastSeen = async () => (await temp.db.session.findFirstOrThrow({ where: { userId }, select: { lastSeenAt: true } })).lastSeenAt;

describe('userForToken', () => {
  it('ends a session left unused for IDLE_HOURS, and deletes it', async () => {
    const { token } = await createSession(temp.db, userId, start);
    expect(await userForToken(temp.db, token, later(IDLE_HOURS * HOUR - 1))).toMatchObject({ id: userId });
    // That read was use: the idle clock starts again from it.
    expect(await userForToken(temp.db, token, later(2 * IDLE_HOURS * HOUR - 2))).toMatchObject({ id: userId });
    expect(await userForToken(temp.db, token, later(3 * IDLE_HOURS * HOUR))).toBeNull();
    expect(await temp.db.session.count({ where: { userId } })).toBe(0);
  });

  it('keeps a session in use alive no longer than SESSION_DAYS', async () => {
    const { token } = await createSession(temp.db, userId, start);
    let minutes = 0;
    for (; minutes < SESSION_DAYS * 24 * HOUR; minutes += 6 * HOUR) expect(await userForToken(temp.db, token, later(minutes))).not.toBeNull();
    expect(await userForToken(temp.db, token, later(SESSION_DAYS * 24 * HOUR))).toBeNull();
  });

  it('writes use back at most once every TOUCH_MINUTES', async () => {
    await temp.db.session.deleteMany();
    const { token } = await createSession(temp.db, userId, start);
    await userForToken(temp.db, token, later(TOUCH_MINUTES - 1));
    expect(await lastSeen()).toEqual(start);
    await userForToken(temp.db, token, later(TOUCH_MINUTES));
    expect(await lastSeen()).toEqual(later(TOUCH_MINUTES));
    await userForToken(temp.db, token, later(TOUCH_MINUTES + 1));
    expect(await lastSeen()).toEqual(later(TOUCH_MINUTES));
  });

  it('gives no user for a disabled account, and none for an unknown token', async () => {
    const { token } = await createSession(temp.db, userId, start);
    await temp.db.user.update({ where: { id: userId }, data: { disabledAt: start } });
    expect(await userForToken(temp.db, token, later(1))).toBeNull();
    await temp.db.user.update({ where: { id: userId }, data: { disabledAt: null } });
    expect(await userForToken(temp.db, 'no-such-token', later(1))).toBeNull();
  });
});

describe('userForToken on a read-only database', () => {
  it('still knows the user when the touch cannot be written', async () => {
    const sqlite = await createTempSqliteDatabase();
    try {
      const id = (await sqlite.db.user.create({ data: { email: 'r@ties.test', name: 'Ruth Readonly', passwordHash: 'x', role: 'editor' } })).id;
      const { token } = await createSession(sqlite.db, id, start);
      // The same file, opened read-only, as on a disk remounted read-only or a file whose mode changed.
      const readOnly = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqlite.target.url, readonly: true }) });
      try {
        expect(await userForToken(readOnly, token, later(TOUCH_MINUTES + 1))).toMatchObject({ id });
      } finally {
        await readOnly.$disconnect();
      }
    } finally {
      await sqlite.dispose();
    }
  });
});
