import { db } from '@/lib/db';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { RecommendationFilters } from '@/lib/filters/recommendations';

function recommendationWhere(f: RecommendationFilters): Prisma.RecommendationWhereInput {
  const and: Prisma.RecommendationWhereInput[] = [];
  if (f.stage.length) and.push({ stage: { in: f.stage } });
  if (f.actor.length) and.push({ actors: { some: { actor: { in: f.actor } } } });
  return { AND: and };
}

export async function listRecommendations(f: RecommendationFilters, client: PrismaClient = db) {
  return client.recommendation.findMany({
    where: recommendationWhere(f),
    orderBy: { number: 'asc' },
    include: { actors: { orderBy: { actor: 'asc' } }, milestones: { select: { doneAt: true } } },
  });
}

export async function getRecommendation(number: number, client: PrismaClient = db) {
  return client.recommendation.findUnique({
    where: { number },
    include: {
      actors: { orderBy: { actor: 'asc' } },
      milestones: { orderBy: { position: 'asc' } },
      instruments: { where: { retiredAt: null }, orderBy: { acronym: 'asc' }, select: { code: true, acronym: true, name: true, nameKo: true } },
      challenges: { orderBy: { number: 'asc' }, select: { slug: true, number: true, title: true, titleKo: true } },
      deals: { where: { retiredAt: null }, orderBy: { title: 'asc' }, select: { slug: true, title: true, titleKo: true } },
      sources: { orderBy: { id: 'asc' }, select: { slug: true, title: true, authors: true } },
      history: {
        orderBy: [{ version: 'desc' }, { id: 'desc' }],
        select: { id: true, at: true, authorName: true, kind: true, fromValue: true, toValue: true, note: true, evidenceUrl: true, milestone: { select: { title: true, titleKo: true } } },
      },
    },
  });
}
