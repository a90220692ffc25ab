import { db } from '@/lib/db';

export async function getOverview() {
  const [keyFigures, deals, instruments, recommendations, sources] = await Promise.all([
    db.keyFigure.findMany({ orderBy: { position: 'asc' }, include: { source: { include: { footnotes: true } } } }),
    db.deal.count({ where: { retiredAt: null } }),
    db.instrument.count({ where: { retiredAt: null } }),
    db.recommendation.count(),
    db.source.count(),
  ]);
  return { keyFigures, counts: { deals, instruments, recommendations, sources } };
}
