import { db } from '@/lib/db';

export async function listSources() {
  return db.source.findMany({ orderBy: { id: 'asc' }, include: { footnotes: { orderBy: { number: 'asc' } } } });
}
