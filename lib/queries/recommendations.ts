import { db } from '@/lib/db';

export async function listRecommendations() {
  return db.recommendation.findMany({ orderBy: { number: 'asc' }, include: { actors: true } });
}
