// Enabling and disabling accounts: who may (a forged request is refused as a value, never thrown,
// so the server answers it without a 500), and what a permitted change does to the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/sessions';
import { createSession } from '@/lib/auth/sessions';
import { disableRequest, setUserDisabled } from '@/lib/users';
import { createTempDatabase, type TempDatabase } from '../helpers/temp-database';

const admin: SessionUser = { id: 1, email: 'a@ties.test', name: 'Ada Admin', role: 'admin' };
const editor: SessionUser = { id: 2, email: 'e@ties.test', name: 'Eda Editor', role: 'editor' };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('disableRequest', () => {
  it('refuses anyone who is not an admin, without throwing', () => {
    expect(disableRequest(editor, form({ id: '1', disable: '1' }))).toEqual({ ok: false, reason: 'not-admin' });
    expect(disableRequest(null, form({ id: '1', disable: '1' }))).toEqual({ ok: false, reason: 'not-admin' });
  });

  it('refuses an admin disabling themselves, and ids that are not ids', () => {
    expect(disableRequest(admin, form({ id: '1', disable: '1' }))).toEqual({ ok: false, reason: 'self' });
    for (const id of ['', 'abc', '-3', '0', '1.5', '1e3', '99999999999']) expect(disableRequest(admin, form({ id, disable: '1' }))).toEqual({ ok: false, reason: 'bad-id' });
    expect(disableRequest(admin, form({ disable: '1' }))).toEqual({ ok: false, reason: 'bad-id' });
  });

  it('lets an admin enable or disable someone else', () => {
    expect(disableRequest(admin, form({ id: '2', disable: '1' }))).toEqual({ ok: true, id: 2, disabled: true });
    expect(disableRequest(admin, form({ id: '2', disable: '0' }))).toEqual({ ok: true, id: 2, disabled: false });
  });
});

describe('setUserDisabled', () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase();
  });
  afterAll(() => temp.dispose());

  it('disables the account and ends its sessions; enabling keeps it signed out', async () => {
    const id = (await temp.db.user.create({ data: { email: 'd@ties.test', name: 'Dee', passwordHash: 'x', role: 'editor' } })).id;
    await createSession(temp.db, id);
    await setUserDisabled(temp.db, id, true);
    expect((await temp.db.user.findUniqueOrThrow({ where: { id } })).disabledAt).not.toBeNull();
    expect(await temp.db.session.count({ where: { userId: id } })).toBe(0);
    await setUserDisabled(temp.db, id, false);
    expect((await temp.db.user.findUniqueOrThrow({ where: { id } })).disabledAt).toBeNull();
  });
});
