// What a failed database call says about the database itself, as opposed to the request: busy
// (another connection holds the lock; try again shortly), read-only (it answers, but takes no
// changes), or unreachable (it cannot be opened or connected to). Everything else is not the
// database's state and is left to the caller's own handling (often: a bug, so a 500).
//
// The shapes are those Prisma 7 gives through its driver adapters, checked by provoking them:
// - SQLite, another connection holding the write lock: PrismaClientKnownRequestError P1008 (or P2010
//   from a raw query) with meta.driverAdapterError.cause = { kind: 'SocketTimeout', originalCode: 'SQLITE_BUSY' };
// - SQLite, a read-only file (or a read-only connection, or PRAGMA query_only): P2039/P2010 with
//   cause = { kind: 'sqlite', originalCode: 'SQLITE_READONLY' };
// - SQLite, a file that cannot be opened: better-sqlite3's own error as it opens (SqliteError
//   SQLITE_CANTOPEN/SQLITE_NOTADB, or a TypeError when its directory has gone), not wrapped by Prisma;
// - PostgreSQL: the server's SQLSTATE in cause.originalCode, or the adapter's kind for a socket error.

export type DatabaseTrouble = 'busy' | 'read-only' | 'unreachable';

// Prisma's own codes: P1008 "operations timed out" is how SQLite's busy error reaches an ORM query;
// P2024 a pool with no free connection; P2034 a write conflict or deadlock ("retry the transaction").
const PRISMA_CODES = new Map<string, DatabaseTrouble>([
  ['P1008', 'busy'],
  ['P2024', 'busy'],
  ['P2034', 'busy'],
  ['P1001', 'unreachable'],
  ['P1002', 'unreachable'],
  ['P1017', 'unreachable'],
]);

// The driver adapters' kinds of error (@prisma/driver-adapter-utils).
const ADAPTER_KINDS = new Map<string, DatabaseTrouble>([
  ['SocketTimeout', 'busy'],
  ['TransactionWriteConflict', 'busy'],
  ['TooManyConnections', 'busy'],
  ['DatabaseNotReachable', 'unreachable'],
  ['ConnectionClosed', 'unreachable'],
  ['DatabaseDoesNotExist', 'unreachable'],
]);

// PostgreSQL SQLSTATEs: lock_not_available, serialization_failure, deadlock_detected,
// too_many_connections, query_canceled (a statement or lock timeout); read_only_sql_transaction
// (a standby, or default_transaction_read_only); cannot_connect_now, admin/crash shutdown.
const SQLSTATES = new Map<string, DatabaseTrouble>([
  ['55P03', 'busy'],
  ['40001', 'busy'],
  ['40P01', 'busy'],
  ['53300', 'busy'],
  ['57014', 'busy'],
  ['25006', 'read-only'],
  ['57P01', 'unreachable'],
  ['57P02', 'unreachable'],
  ['57P03', 'unreachable'],
  // invalid_authorization_specification, invalid_password, invalid_catalog_name: a setting to fix, not a request's fault.
  ['28000', 'unreachable'],
  ['28P01', 'unreachable'],
  ['3D000', 'unreachable'],
]);

// Socket errors, when the PostgreSQL driver throws them before the adapter wraps them.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** A SQLite result code (`SQLITE_BUSY_SNAPSHOT`…) by its primary code. */
function sqliteTrouble(code: string): DatabaseTrouble | undefined {
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'busy';
  // A full disk takes no writes either: to the reader and the editor it is the same as read-only.
  if (/^SQLITE_(READONLY|FULL)/.test(code)) return 'read-only';
  if (/^SQLITE_(CANTOPEN|NOTADB|IOERR|CORRUPT)/.test(code)) return 'unreachable';
  return undefined;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function codeTrouble(code: string | undefined): DatabaseTrouble | undefined {
  if (!code) return undefined;
  if (SOCKET_CODES.has(code)) return 'unreachable';
  return PRISMA_CODES.get(code) ?? SQLSTATES.get(code) ?? sqliteTrouble(code);
}

/** The driver adapter's description of the error, wherever Prisma put it. */
function adapterCause(error: Record<string, unknown>): Record<string, unknown> | undefined {
  const fromMeta = record(record(record(error.meta)?.driverAdapterError)?.cause);
  if (fromMeta) return fromMeta;
  // A DriverAdapterError itself (thrown by the adapter, e.g. as a transaction starts).
  return error.name === 'DriverAdapterError' ? record(error.cause) : undefined;
}

/** Whether `error` (or an error it wraps) says the database is busy, read-only or unreachable; null if not. */
export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  let current: unknown = error;
  // An error wrapped in others (`cause`), a few levels deep at most.
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const e = record(current);
    if (!e) return null;
    const cause = adapterCause(e);
    const found =
      codeTrouble(text(cause?.originalCode)) ??
      codeTrouble(text(cause?.code)) ??
      ADAPTER_KINDS.get(text(cause?.kind) ?? '') ??
      codeTrouble(text(e.code)) ??
      codeTrouble(text(e.errorCode)) ??
      // better-sqlite3 cannot open a file whose directory has gone, and says so in a TypeError.
      (/^Cannot open database because the directory does not exist/.test(text(e.message) ?? '') ? 'unreachable' : undefined) ??
      // Prisma could not start a transaction within maxWait: the connection is taken by another.
      (/Unable to start a transaction in the given time/.test(text(e.message) ?? '') ? 'busy' : undefined);
    if (found) return found;
    current = e.cause === current ? undefined : e.cause;
  }
  return null;
}

/** How long a client should wait before trying again, in seconds (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;
