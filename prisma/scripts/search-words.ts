// `npm run db:search-words`: chooses again the common search words of the SQLite database that
// DATABASE_URL names, and fills their lists and counts (prisma/scripts/deal-counts.ts). The triggers
// keep them exact between runs; a new choice only follows which words have become common.
import Database from 'better-sqlite3';
import { databaseTarget } from '@/lib/database-url';
import { runIfMain } from './cli';
import { keepCommonSearchWords } from './deal-counts';

runIfMain(import.meta.url, async () => {
  const target = databaseTarget();
  if (target.provider !== 'sqlite') throw new Error('The common search words are kept on SQLite only (PostgreSQL searches through its trigram index).');
  const db = new Database(target.file);
  try {
    const started = performance.now();
    const words = keepCommonSearchWords(db);
    console.log(`${words.length} common search words kept in ${((performance.now() - started) / 1000).toFixed(1)} s${words.length ? `: ${words.join(' ')}` : ''}.`);
  } finally {
    db.close();
  }
});
