// The Prisma client, created once per process (and kept on globalThis so hot reload reuses it).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseTarget } from '@/lib/database-url';

function createClient(): PrismaClient {
  const target = databaseTarget();
  mkdirSync(path.dirname(target.file), { recursive: true });
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
