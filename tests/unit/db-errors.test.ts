// PostgreSQL's busy, read-only and unreachable states, in the shapes Prisma gives them: the SQLite
// ones are provoked for real in database-busy.test.ts; these are built as @prisma/adapter-pg 7.10
// builds them (convertDriverError in its dist/index.js), around a server's SQLSTATE or a socket error.
import { describe, expect, it } from 'vitest';
import { databaseTrouble } from '@/lib/db-errors';

/** A Prisma error carrying the adapter's description of a driver error. */
const prismaError = (code: string, cause: Record<string, unknown>) => Object.assign(new Error('Invalid invocation'), { code, meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });
const postgres = (sqlstate: string) => prismaError('P2010', { originalCode: sqlstate, originalMessage: 'server said no', kind: 'postgres', code: sqlstate, severity: 'ERROR' });

describe('databaseTrouble', () => {
  it.each([
    ['25006', 'read-only'], // read_only_sql_transaction: a standby, or default_transaction_read_only
    ['53300', 'busy'], // too_many_connections
    ['55P03', 'busy'], // lock_not_available
    ['40001', 'busy'], // serialization_failure
    ['57P03', 'unreachable'], // cannot_connect_now: starting up or shutting down
  ])('reads PostgreSQL %s as %s', (sqlstate, trouble) => {
    expect(databaseTrouble(postgres(sqlstate))).toBe(trouble);
  });

  it('reads a refused connection as unreachable, and too many connections as busy, by the adapter’s kind', () => {
    expect(databaseTrouble(prismaError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }))).toBe('unreachable');
    expect(databaseTrouble(prismaError('P2037', { originalCode: '53300', kind: 'TooManyConnections', cause: 'sorry' }))).toBe('busy');
    expect(databaseTrouble(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 }))).toBe('unreachable');
  });

  it('finds the trouble in an error that wraps it', () => {
    expect(databaseTrouble(new Error('saving failed', { cause: postgres('25006') }))).toBe('read-only');
  });

  it('is null for errors about the request, not the database', () => {
    expect(databaseTrouble(postgres('23505'))).toBeNull(); // unique_violation
    expect(databaseTrouble(prismaError('P2002', { kind: 'UniqueConstraintViolation', constraint: { fields: ['email'] } }))).toBeNull();
    expect(databaseTrouble(new Error('a bug'))).toBeNull();
    expect(databaseTrouble(Object.assign(new Error('x'), { code: 'constructor' }))).toBeNull();
    expect(databaseTrouble('a string')).toBeNull();
    expect(databaseTrouble(null)).toBeNull();
  });
});
