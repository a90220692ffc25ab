import { db } from '@/lib/db';

export async function listDeals() {
  return db.deal.findMany({
    where: { retiredAt: null },
    orderBy: [{ date: 'desc' }, { title: 'asc' }],
    include: { partnerCountry: true, organisations: { include: { organisation: true } }, valueSource: true },
  });
}
