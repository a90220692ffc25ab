// Reads for the editing pages: a register record as its editor loads it, and its form's choices.
import { db } from '@/lib/db';
import type { AnyEditor, Db, Editor, Option } from '@/lib/editing/types';

/** The record `key` as `editor` loads it (retired ones included), or null when there is none. */
export function getEditableRecord<Rec>(editor: Pick<Editor<Rec, unknown>, 'load'>, key: string, client: Db = db): Promise<Rec | null> {
  return editor.load(client, key);
}

/** The options read from the database for the editor's select and checkbox fields; none if it reads none. */
export async function getEditorChoices(editor: Pick<AnyEditor, 'choices'>, client: Db = db): Promise<Record<string, Option[]>> {
  return editor.choices ? editor.choices(client) : {};
}
