// The Prisma client, created once per process (and kept on globalThis so hot reload reuses it).
// DATABASE_URL picks SQLite (file:, the default) or PostgreSQL (postgresql://), see lib/database-url.ts.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseTarget } from '@/lib/database-url';
import { createPrismaClient } from '@/lib/prisma-client';

const createClient = (): PrismaClient => createPrismaClient(databaseTarget());

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
