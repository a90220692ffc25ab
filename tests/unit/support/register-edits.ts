// Saves the tests make to register records through the one save path, as an editor would: an edit
// of some fields (from the record as it is now) and a retirement or restore. A refusal fails the test.
import { saveRecord, setRetired } from '@/lib/editing/save';
import type { AnyEditor, Values } from '@/lib/editing/types';
import type { PrismaClient } from '@/lib/generated/prisma/client';

const eda = { id: null, name: 'Eda Editor' };

export async function edit(client: PrismaClient, editor: AnyEditor, key: string, change: Values) {
  const record = (await editor.load(client, key))!;
  const result = await saveRecord(client, editor, { key, expectedVersion: editor.versionOf(record), values: { ...editor.toValues(record), ...change }, note: 'Corrected from the source', author: eda });
  if (!result.ok) throw new Error(`edit of ${key} refused: ${JSON.stringify(result)}`);
}

export async function retire(client: PrismaClient, editor: AnyEditor, key: string, retire: boolean) {
  const record = (await editor.load(client, key))!;
  const result = await setRetired(client, editor, { key, expectedVersion: editor.versionOf(record), retire, note: retire ? 'Duplicate entry' : 'Not a duplicate after all', author: eda });
  if (!result.ok) throw new Error(`retire of ${key} refused: ${JSON.stringify(result)}`);
}
