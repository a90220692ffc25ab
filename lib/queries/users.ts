// Reads for the admin pages: the accounts, as the users page lists them.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/** Every account, disabled ones included, by email. */
export async function listUsers(client: PrismaClient = db) {
  return client.user.findMany({ orderBy: { email: 'asc' }, select: { id: true, email: true, name: true, role: true, disabledAt: true } });
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];
