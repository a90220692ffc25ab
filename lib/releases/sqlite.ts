// The SQLite file of a release: the database as it stands, copied with VACUUM INTO (a consistent
// snapshot, even while the site writes), then cleared of what is not data: user accounts (their
// password hashes and e-mail addresses), sessions, sign-in attempts, and the files of earlier
// releases (each would otherwise hold every earlier one, and grow without end).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

export function sqliteSnapshot(databaseFile: string): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ties-release-'));
  const out = path.join(dir, 'ties.db');
  try {
    const source = new Database(databaseFile, { readonly: true, fileMustExist: true });
    try {
      source.prepare('VACUUM INTO ?').run(out);
    } finally {
      source.close();
    }
    const copy = new Database(out);
    try {
      // A release's files cannot be deleted (triggers refuse it); in the copy, set them aside for a moment.
      const triggers = copy.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'ReleaseFile'").all();
      copy.transaction(() => {
        for (const trigger of triggers) copy.exec(`DROP TRIGGER "${trigger.name.replace(/"/g, '""')}"`);
        copy.exec(`
          DELETE FROM "ReleaseFile";
          DELETE FROM "Session";
          DELETE FROM "SignInAttempt";
          UPDATE "HistoryEntry" SET "userId" = NULL;
          UPDATE "Revision" SET "userId" = NULL;
          DELETE FROM "User";
        `);
        for (const trigger of triggers) copy.exec(trigger.sql);
      })();
      // One self-contained file: no write-ahead log beside it, and the freed pages given back.
      copy.pragma('journal_mode = DELETE');
      copy.exec('VACUUM');
    } finally {
      copy.close();
    }
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
