import { db } from '@/lib/db';

export async function listInstruments() {
  return db.instrument.findMany({ where: { retiredAt: null }, orderBy: [{ owner: 'asc' }, { acronym: 'asc' }], include: { budgetSource: true } });
}
