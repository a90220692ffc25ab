// What the read caches (per request, and per data version) key a call on: its arguments by value,
// the shared database client left out. A call given any other client (a transaction, a test's
// database) has no key: it always runs.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';

const isClient = (arg: unknown): arg is PrismaClient => typeof arg === 'object' && arg !== null && '$queryRawUnsafe' in arg;

/** The arguments as JSON without the shared client, or null when they carry another client. */
export function argumentsKey(args: readonly unknown[]): string | null {
  if (args.some((arg) => isClient(arg) && arg !== db)) return null;
  return JSON.stringify(args.filter((arg) => !isClient(arg)));
}
