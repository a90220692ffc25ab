// What the values of a page of deals rest on, read in one statement for the page's rows.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type StoredClaim, claimsInclude } from '@/lib/records/claims';

/** The claims of each of these deals, by the deal's id (a page of the list: tens of ids). */
export async function dealClaims(ids: readonly number[], client: PrismaClient = db): Promise<Map<number, StoredClaim[]>> {
  const byDeal = new Map<number, StoredClaim[]>();
  if (ids.length === 0) return byDeal;
  const rows = await client.claim.findMany({ where: { dealId: { in: [...ids] } }, ...claimsInclude });
  for (const row of rows) {
    if (row.dealId === null) continue;
    const list = byDeal.get(row.dealId) ?? [];
    list.push(row);
    byDeal.set(row.dealId, list);
  }
  return byDeal;
}
