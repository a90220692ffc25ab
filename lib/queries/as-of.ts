// The "as of" date of a list's data, printed in citations and exports.
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ListKind } from '@/lib/views/lists';

const newest = async (kind: ListKind, client: PrismaClient): Promise<Date | null> => {
  const max = { _max: { updatedAt: true } } as const;
  const result =
    kind === 'deals'
      ? await client.deal.aggregate(max)
      : kind === 'instruments'
        ? await client.instrument.aggregate(max)
        : kind === 'recommendations'
          ? await client.recommendation.aggregate(max)
          : await client.source.aggregate(max);
  return result._max.updatedAt;
};

// Cached under the versions each list depends on: a tracker save must not make the deals re-read.
const ofRegister = cachedRead('lists.asOf', ['register'], newest);
const ofTracker = cachedRead('lists.asOf', ['register', 'tracker'], newest);

/** When the list's newest record was last written. */
export function dataAsOf(kind: ListKind, client: PrismaClient = db): Promise<Date | null> {
  return (kind === 'recommendations' ? ofTracker : ofRegister)(kind, client);
}
