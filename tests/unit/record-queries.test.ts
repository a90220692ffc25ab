// The reads the users, edit and history pages and the record status make, on a seeded file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryEditor } from '@/lib/records/country';
import { dealEditor } from '@/lib/records/deal';
import { sourceEditor } from '@/lib/records/source';
import { saveRecord } from '@/lib/editing/save';
import { getLastRevision, listRevisions } from '@/lib/queries/history';
import { getEditableRecord, getEditorChoices } from '@/lib/queries/records';
import { listUsers } from '@/lib/queries/users';
import { createUser } from '@/lib/users';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const eda = { id: null, name: 'Eda Editor' };
const slug = 'hanwha-k9-romania';

describe('listUsers', () => {
  it('lists every account by email, disabled ones included, without password hashes', async () => {
    const before = await listUsers(temp.db);
    for (const [email, name, role] of [['zoe@ties.test', 'Zoe', 'editor'], ['adam@ties.test', 'Adam', 'admin']] as const) {
      expect(await createUser(temp.db, { email, name, role, password: 'a long enough password' })).toMatchObject({ ok: true });
    }
    await temp.db.user.update({ where: { email: 'zoe@ties.test' }, data: { disabledAt: new Date() } });
    const users = await listUsers(temp.db);
    expect(users).toHaveLength(before.length + 2);
    expect(users.map((u) => u.email)).toEqual(users.map((u) => u.email).sort());
    expect(Object.keys(users[0]!).sort()).toEqual(['disabledAt', 'email', 'id', 'name', 'role']);
    expect(users.find((u) => u.email === 'zoe@ties.test')).toMatchObject({ name: 'Zoe', role: 'editor', disabledAt: expect.any(Date) });
    expect(users.find((u) => u.email === 'adam@ties.test')).toMatchObject({ name: 'Adam', role: 'admin', disabledAt: null });
  });
});

describe('getEditableRecord and getEditorChoices', () => {
  it('load the record and the choices as the editor does', async () => {
    expect(await getEditableRecord(dealEditor, slug, temp.db)).toEqual(await dealEditor.load(temp.db, slug));
    expect((await getEditableRecord(dealEditor, slug, temp.db))?.slug).toBe(slug);
    expect(await getEditableRecord(dealEditor, 'no-such-deal', temp.db)).toBeNull();
    const choices = await getEditorChoices(dealEditor, temp.db);
    expect(choices).toEqual(await dealEditor.choices!(temp.db));
    expect(choices.partner_country?.length).toBeGreaterThan(0);
  });

  it('give no choices for an editor that reads none, and a country its memberships’ sources', async () => {
    expect(sourceEditor.choices).toBeUndefined();
    expect(await getEditorChoices(sourceEditor, temp.db)).toEqual({});
    const choices = await getEditorChoices(countryEditor, temp.db);
    expect(Object.keys(choices).sort()).toEqual(['eu_basis_source', 'ip4_basis_source', 'nato_basis_source']);
    expect(choices.eu_basis_source?.map((o) => o.value)).toContain('eu-member-countries');
  });
});

describe('listRevisions and getLastRevision', () => {
  it('give nothing for a record never saved', async () => {
    expect(await listRevisions('deal', 'no-such-deal', temp.db)).toEqual([]);
    expect(await getLastRevision('deal', 'no-such-deal', temp.db)).toBeNull();
  });

  it('list saved changes newest first, with their field changes read, and the last one alone', async () => {
    const record = (await dealEditor.load(temp.db, slug))!;
    const values = dealEditor.toValues(record);
    const first = await saveRecord(temp.db, dealEditor, { key: slug, expectedVersion: record.version, values: { ...values, system: 'K9 Thunder' }, note: 'Named the system', author: eda });
    expect(first.ok).toBe(true);
    const second = await saveRecord(temp.db, dealEditor, { key: slug, expectedVersion: record.version + 1, values: { ...values, system: 'K9A1 Thunder' }, note: 'Corrected the variant', author: { id: null, name: 'Ode Other' } });
    expect(second.ok).toBe(true);

    const revisions = await listRevisions('deal', slug, temp.db);
    const rows = await temp.db.revision.findMany({ where: { entity: 'deal', recordKey: slug }, orderBy: { version: 'desc' } });
    expect(revisions.map((r) => r.version)).toEqual([record.version + 2, record.version + 1]);
    expect(revisions).toEqual(rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) })));
    expect(revisions[0]).toMatchObject({ action: 'update', note: 'Corrected the variant', authorName: 'Ode Other', viaImport: false, changes: [{ field: 'system', from: 'K9 Thunder', to: 'K9A1 Thunder' }] });
    expect(revisions[1]!.changes).toEqual([{ field: 'system', from: values.system, to: 'K9 Thunder' }]);

    expect(await getLastRevision('deal', slug, temp.db)).toEqual({ at: revisions[0]!.at, authorName: 'Ode Other' });
  });
});
