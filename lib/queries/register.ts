// Reads for the editors' register page: every organisation, country and key figure, retired ones
// included (marked), so that editors can find them and bring them back.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';

export async function getRegister(client: PrismaClient = db) {
  const [organisations, countries, keyFigures] = await Promise.all([
    client.organisation.findMany({ orderBy: [{ retiredAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }], include: { country: { select: { name: true, nameKo: true } } } }),
    client.country.findMany({ orderBy: { name: 'asc' } }),
    client.keyFigure.findMany({ orderBy: [{ retiredAt: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }], include: { source: { select: { slug: true, title: true } } } }),
  ]);
  return { organisations, countries, keyFigures };
}
export type Register = Awaited<ReturnType<typeof getRegister>>;
