// Every page of a view, read page by page, is the view's rows in order: the first page is read in
// one statement, later ones by their ids first (lib/queries/deals.ts). Checked in every sort, with
// undated deals, deals without a value and shared sort keys, against the export's one ordered read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEALS_PER_PAGE, type DealFilters, dealSorts, emptyDealFilters } from '@/lib/filters/deals';
import { listAllDeals, listDeals } from '@/lib/queries/deals';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const view = (f: Partial<DealFilters>): DealFilters => ({ ...emptyDealFilters, ...f });

describe('deal pages', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await seed(temp.db);
    const org = await temp.db.organisation.findFirstOrThrow({ select: { id: true } });
    for (let n = 0; n < 70; n++) {
      await temp.db.deal.create({
        data: {
          slug: `paged-${n}`,
          title: `Paged deal ${n % 7}`, // shared titles: the id decides
          system: ['K9 howitzer', 'K2 tank', 'FA-50 fighter'][n % 3]!,
          domain: 'land',
          cooperationType: ['export', 'licensed-production'][n % 2]!,
          stage: ['framework', 'contract', 'deliveries'][n % 3]!,
          partnerCountryCode: ['PL', 'RO', 'AU'][n % 3]!,
          ...(n % 4 ? { valueAmount: 1e6 * (n % 5), valueCurrency: n % 2 ? 'USD' : 'EUR', valueText: 'some' } : {}),
          ...(n % 5 ? { date: new Date(Date.UTC(2000 + (n % 6), 0, 1)), datePrecision: 'year', year: 2000 + (n % 6) } : {}),
          summary: 'A deal for paging.',
          searchText: ' paged deal ',
          ...(n === 3 ? { retiredAt: new Date() } : {}),
          organisations: { create: [{ organisationId: org.id, role: 'prime-contractor' }] },
        },
      });
    }
  }, 60_000);
  afterAll(() => temp?.dispose());

  it('read page by page, give the view’s rows in its order, in every sort', async () => {
    for (const sort of dealSorts) {
      for (const f of [view({ sort }), view({ sort, q: 'paged' })]) {
        const all = (await listAllDeals(f, temp.db)).map((d) => d.slug);
        const { pageCount } = await listDeals(f, temp.db);
        expect(pageCount, sort).toBe(Math.ceil(all.length / DEALS_PER_PAGE));
        const paged: string[] = [];
        for (let page = 1; page <= pageCount; page++) {
          const { rows } = await listDeals({ ...f, page }, temp.db);
          // Each row comes with what the list shows of it, on every page.
          for (const r of rows) expect(r.partnerCountry.code).toBe(r.partnerCountryCode);
          paged.push(...rows.map((r) => r.slug));
        }
        expect(paged, sort).toEqual(all);
        expect(paged).not.toContain('paged-3');
      }
    }
  });
});
