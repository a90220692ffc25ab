// The scripts are both command-line tools (npm run db:…) and modules the tests import, so each
// runs its command only when it is the file Node was started with.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs `main` if `moduleUrl` is the entry file; on failure prints the cause and exits non-zero. */
export function runIfMain(moduleUrl: string, main: () => Promise<void>): void {
  const entry = process.argv[1];
  if (!entry || path.resolve(entry) !== fileURLToPath(moduleUrl)) return;
  main()
    .catch((error: unknown) => {
      console.error(describeError(error));
      process.exitCode = 1;
    })
    // On PostgreSQL the Wasm engine leaves its 10-second advisory-lock timeout running after it is
    // freed; a finished command exits now rather than idling until that timer fires.
    .finally(() => process.exit());
}

/** The engine's messages carry the useful part (SQL error, file, line); keep them whole. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : `\nCaused by: ${describeError(error.cause)}`;
  // Prisma errors carry a code (P1014…) that its docs index; worth printing with the message.
  const code = 'code' in error && typeof error.code === 'string' ? ` [${error.code}]` : '';
  return `${error.name}${code}: ${error.message}${cause}${hintFor(error.message)}`;
}

// The Wasm engine predates the adapters' SocketTimeout error kind, which better-sqlite3 reports for
// SQLITE_BUSY, so a locked database surfaces as this deserialisation failure.
function hintFor(message: string): string {
  if (!message.includes('unknown variant `SocketTimeout`')) return '';
  return '\nHint: the database is locked by another connection (SQLITE_BUSY). Stop the dev server or seed using it and retry.';
}
