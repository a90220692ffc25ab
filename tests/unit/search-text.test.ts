// A deal's search text has one definition (dealSearchText): what the seed stores is what the editor
// and a rename would rebuild, so a search finds the same deals however they were written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshDealSearchText } from '@/lib/editing/shared';
import { dealSearchText, matchesTokens, searchTokens } from '@/lib/search';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const words = (text: string) => new Set(text.trim().split(' '));

describe('dealSearchText', () => {
  it('holds the deal’s words and its country’s and organisations’ names in both languages', () => {
    const text = dealSearchText({
      title: 'K9 howitzers for Romania',
      titleKo: null,
      system: 'K9 Thunder',
      summary: 'Self-propelled guns.',
      country: { name: 'Romania', nameKo: '루마니아' },
      organisations: [{ name: 'Hanwha Aerospace', nameKo: '한화에어로스페이스' }, { name: 'Partner' }],
    });
    for (const q of ['k9', 'romania', '루마니아', 'hanwha', '한화에어로스페이스', 'partner', 'self propelled']) expect(matchesTokens([text], searchTokens(q)), q).toBe(true);
    expect(text.startsWith(' ') && text.endsWith(' ')).toBe(true);
  });

  it('is what the seed stored: rebuilding every deal’s text from its records changes no word', async () => {
    const deals = await temp.db.deal.findMany({ include: { partnerCountry: true, organisations: { include: { organisation: true } } } });
    expect(deals.length).toBeGreaterThan(0);
    for (const d of deals) {
      const rebuilt = dealSearchText({ ...d, country: d.partnerCountry, organisations: d.organisations.map((o) => o.organisation) });
      expect(words(rebuilt), d.slug).toEqual(words(d.searchText));
    }
  });

  it('is rebuilt for the deals that name a renamed organisation', async () => {
    const link = await temp.db.dealOrganisation.findFirstOrThrow({ include: { organisation: true } });
    await temp.db.organisation.update({ where: { id: link.organisationId }, data: { name: 'Renamed Works' } });
    await refreshDealSearchText(temp.db, { organisationId: link.organisationId });
    const deal = await temp.db.deal.findUniqueOrThrow({ where: { id: link.dealId } });
    expect(deal.searchText).toContain(' renamed works ');
  });
});

describe('matchesTokens', () => {
  it('needs every token, in any part, whatever the case and accents', () => {
    expect(matchesTokens(['Horizon Europe', null, 'Korea joined'], searchTokens('korea horizon'))).toBe(true);
    expect(matchesTokens(['Horizon Europe'], searchTokens('korea horizon'))).toBe(false);
    expect(matchesTokens(['Café'], searchTokens('cafe'))).toBe(true);
    expect(matchesTokens([], [])).toBe(true);
  });
});
