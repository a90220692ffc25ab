// One deal with everything linked to it, for /deals/[slug]. Kept apart from lib/queries/deals.ts,
// which serves the list and its filters.
import { cache } from 'react';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { claimsInclude } from '@/lib/records/claims';

const withFootnotes = { include: { footnotes: { orderBy: { number: 'asc' } } } } as const;

/**
 * The deal with this slug, retired or not (a retired deal is shown with a notice), or null.
 * Cached per request: the page and its metadata both ask for it.
 */
export const getDeal = cache(async (slug: string, client: PrismaClient = db) =>
  client.deal.findUnique({
    where: { slug },
    include: {
      partnerCountry: true,
      workCountry: true,
      valueSource: withFootnotes,
      // An explicit order: without one, SQLite and PostgreSQL return the rows in different orders.
      organisations: { include: { organisation: { include: { country: true } } }, orderBy: { organisationId: 'asc' } },
      events: { orderBy: [{ date: 'asc' }, { id: 'asc' }], include: { source: withFootnotes } },
      sources: { orderBy: { id: 'asc' }, ...withFootnotes },
      instruments: { orderBy: { acronym: 'asc' } },
      recommendations: { orderBy: { number: 'asc' } },
      challenges: { orderBy: { number: 'asc' } },
      claims: claimsInclude,
    },
  }),
);
export type DealDetail = NonNullable<Awaited<ReturnType<typeof getDeal>>>;
