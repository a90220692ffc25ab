// The "as of" date of a list's data, printed in citations and exports.
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ListKind } from '@/lib/views/lists';

/** When the list's newest record was last written. */
export const dataAsOf = cachedRead('lists.asOf', ['register', 'tracker'], async (kind: ListKind, client: PrismaClient = db): Promise<Date | null> => {
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
});
