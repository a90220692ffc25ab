// The reads behind /organisations/{slug} and /countries/{code}, against a real, seeded SQLite file.
// Expectations come from the seed data, so they follow it when it changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCountryPage, getOrganisationPage, organisationNames } from '@/lib/queries/entities';
import { parseSeed, seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const data = parseSeed();

describe('getOrganisationPage', () => {
  it('lists every deal of an organisation with its role in each, and counts them', async () => {
    const rotem = data.deals.filter((d) => d.organisations.some((o) => o.slug === 'hyundai-rotem'));
    expect(rotem.length).toBeGreaterThan(0);
    const page = await getOrganisationPage('hyundai-rotem', temp.db);
    expect(page?.organisation.name).toBe('Hyundai Rotem');
    expect(page?.total).toBe(rotem.length);
    expect(page?.deals.map((d) => d.slug).sort()).toEqual(rotem.map((d) => d.slug).sort());
    for (const deal of page?.deals ?? []) {
      const roles = rotem.find((d) => d.slug === deal.slug)?.organisations.filter((o) => o.slug === 'hyundai-rotem').map((o) => o.role);
      expect(deal.roles).toEqual(roles);
    }
    // Its deals per year add up to its dated deals.
    const dated = rotem.filter((d) => d.date).length;
    expect(page?.byYear.years.reduce((n, y) => n + y.total, 0)).toBe(dated);
    expect(page?.byYear.undated).toBe(rotem.length - dated);
  });

  it("says South Korea's access for a Korean organisation only", async () => {
    expect((await getOrganisationPage('hyundai-rotem', temp.db))?.koreanAccess?.length).toBe(data.instruments.length);
    expect((await getOrganisationPage('mbda', temp.db))?.koreanAccess).toBeNull();
  });

  it('finds nothing for an unknown or malformed slug, without asking the database to fail', async () => {
    for (const slug of ['no-such-body', 'Hyundai Rotem', '../deals', '', 'a'.repeat(81), '%ff']) expect(await getOrganisationPage(slug, temp.db)).toBeNull();
  });
});

describe('getCountryPage', () => {
  it('lists the deals a country is the partner of, its organisations and its recorded memberships', async () => {
    const poland = data.deals.filter((d) => d.partnerCountry === 'PL');
    const page = await getCountryPage('pl', temp.db);
    expect(page?.country).toMatchObject({ code: 'PL', eu: true, nato: true, ip4: false });
    expect(page?.total).toBe(poland.length);
    expect(page?.deals.map((d) => d.slug).sort()).toEqual(poland.map((d) => d.slug).sort());
    expect(page?.koreanAccess).toBeNull();
    const korea = await getCountryPage('KR', temp.db);
    expect(korea?.organisations.map((o) => o.slug).sort()).toEqual(data.organisations.filter((o) => o.countryCode === 'KR').map((o) => o.slug).sort());
    expect(korea?.koreanAccess?.length).toBe(data.instruments.length);
  });

  it('links the instruments of its deals, and only those', async () => {
    // The paper links no deal to an instrument yet: link one here, as an editor could.
    const polish = data.deals.find((d) => d.partnerCountry === 'PL');
    const other = data.deals.find((d) => d.partnerCountry !== 'PL');
    const [first, second] = data.instruments;
    if (!polish || !other || !first || !second) throw new Error('the seed has changed: this test needs a Polish deal, another deal and two instruments');
    await temp.db.deal.update({ where: { slug: polish.slug }, data: { instruments: { connect: { code: first.code } } } });
    await temp.db.deal.update({ where: { slug: other.slug }, data: { instruments: { connect: { code: second.code } } } });
    expect((await getCountryPage('PL', temp.db))?.instruments.map((i) => i.code)).toEqual([first.code]);
    const firm = polish.organisations[0]?.slug;
    if (firm) expect((await getOrganisationPage(firm, temp.db))?.instruments.map((i) => i.code)).toContain(first.code);
  });

  it('finds nothing for an unknown or malformed code', async () => {
    for (const code of ['XX', 'POL', 'P', '12', '']) expect(await getCountryPage(code, temp.db)).toBeNull();
  });
});

describe('organisationNames', () => {
  it('names chosen organisations by slug, for a facet that has no count for them', async () => {
    const names = await organisationNames(['hyundai-rotem', 'no-such-body'], temp.db);
    expect(names.get('hyundai-rotem')).toEqual({ name: 'Hyundai Rotem', nameKo: '현대로템' });
    expect(names.has('no-such-body')).toBe(false);
    expect((await organisationNames([], temp.db)).size).toBe(0);
  });
});
