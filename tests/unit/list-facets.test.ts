// Facets as objects (lib/lists/facets.ts): what each offers, what it counts, what is selected and
// where each value's link goes, for the deals (counted in the database) and the instruments (in memory).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DealFilters, emptyDealFilters } from '@/lib/filters/deals';
import { type InstrumentFilters, emptyInstrumentFilters } from '@/lib/filters/instruments';
import { emptyRecommendationFilters } from '@/lib/filters/recommendations';
import { dealFacetList, dealWhere, dealYears } from '@/lib/lists/deal-facets';
import { facetByKey } from '@/lib/lists/facets';
import { lists } from '@/lib/lists';
import { activeInstrumentFilters, instrumentFacetList, instrumentWhere } from '@/lib/lists/instrument-facets';
import { recommendationFacetList } from '@/lib/lists/recommendation-facets';
import { countDeals } from '@/lib/queries/deals';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const deals = (f: Partial<DealFilters>): DealFilters => ({ ...emptyDealFilters, ...f });
const instruments = (f: Partial<InstrumentFilters>): InstrumentFilters => ({ ...emptyInstrumentFilters, ...f });

describe('a facet’s values and links', () => {
  const country = facetByKey(dealFacetList, 'country');
  const localisation = facetByKey(dealFacetList, 'localisation');
  const counts = [
    { value: 'PL', count: 3, label: 'Poland', labelKo: '폴란드' },
    { value: 'RO', count: 1, label: 'Romania', labelKo: null },
  ];

  it('marks the chosen values and links each value to the view with it switched, back on page 1', () => {
    const results = country.results(deals({ country: ['PL'], sort: 'title', page: 3 }), counts, 'en');
    expect(results).toEqual([
      { value: 'PL', label: 'Poland', count: 3, selected: true, filters: deals({ sort: 'title' }), href: '/deals?sort=title' },
      { value: 'RO', label: 'Romania', count: 1, selected: false, filters: deals({ country: ['PL', 'RO'], sort: 'title' }), href: '/deals?country=PL&country=RO&sort=title' },
    ]);
  });

  it('keeps a chosen value that nothing in the view has, with 0', () => {
    const results = country.results(deals({ country: ['RO', 'ZA'] }), counts, 'ko');
    expect(results.map((r) => [r.value, r.label, r.count, r.selected, r.href])).toEqual([
      ['PL', '폴란드', 3, false, '/deals?country=PL&country=RO&country=ZA'],
      ['RO', 'Romania', 1, true, '/deals?country=ZA'],
      ['ZA', 'ZA', 0, true, '/deals?country=RO'],
    ]);
    // Chosen values stay sorted whatever the order of clicks, so one view has one cache key.
    expect(results[0]?.filters.country).toEqual(['PL', 'RO', 'ZA']);
  });

  it('lets a yes/no facet hold one value: choosing the other replaces it, choosing it again removes it', () => {
    const f = deals({ localisation: 'no' });
    const results = localisation.results(f, [{ value: 'yes', count: 2 }, { value: 'no', count: 5 }], 'en');
    expect(results.map((r) => [r.value, r.label, r.selected, r.href])).toEqual([
      ['yes', 'Yes', false, '/deals?localisation=yes'],
      ['no', 'No', true, '/deals'],
    ]);
    expect(localisation.selected(f)).toEqual(['no']);
    expect(localisation.where(f)).toEqual({ localisation: false });
    expect(localisation.where(deals({}))).toBeUndefined();
  });

  it('offers a fixed vocabulary uncounted (the scorecard’s stage and actor)', () => {
    const actor = facetByKey(recommendationFacetList, 'actor');
    const choices = actor.choices({ ...emptyRecommendationFilters, actor: ['eu'] }, actor.values, 'en');
    expect(choices.find((c) => c.value === 'eu')).toMatchObject({ selected: true, href: '/recommendations' });
    expect(choices.find((c) => c.value === 'nato')).toMatchObject({ selected: false, href: '/recommendations?actor=eu&actor=nato' });
  });

  it('is what each list’s specification exposes, in URL order', () => {
    expect(lists.deals.facets.map((f) => f.key)).toEqual(['country', 'organisation', 'system', 'domain', 'type', 'stage', 'localisation', 'transfer']);
    expect(lists.instruments.facets.map((f) => f.key)).toEqual(['owner', 'kind', 'access']);
    expect(lists.recommendations.facets.map((f) => f.key)).toEqual(['stage', 'actor']);
    expect(lists.sources.facets).toEqual([]);
  });
});

describe('the deals where-clause, assembled from the facets', () => {
  it('asks for the text, then each filter in URL order, and leaves out the one a facet counts without', () => {
    const f = deals({ q: 'K9', country: ['PL'], stage: ['contract'], from: 2020, transfer: 'yes' });
    expect(dealWhere(f)).toEqual({
      AND: [
        { retiredAt: null },
        { searchText: { contains: 'k9' } },
        { partnerCountryCode: { in: ['PL'] } },
        { stage: { in: ['contract'] } },
        { year: { gte: 2020, lte: undefined } },
        { technologyTransfer: true },
      ],
    });
    expect(dealWhere(f, 'country').AND).not.toContainEqual({ partnerCountryCode: { in: ['PL'] } });
    expect(dealWhere(f, 'years').AND).toHaveLength(5);
  });
});

describe('counting within the other filters', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await seed(temp.db);
  }, 60_000);
  afterAll(() => temp?.dispose());

  it('gives each deal value the number of deals its link leads to, whatever else is chosen', async () => {
    for (const view of [deals({}), deals({ country: ['PL'] }), deals({ type: ['export'], localisation: 'yes' })]) {
      for (const facet of dealFacetList) {
        const counts = await facet.count(view, temp.db);
        expect(counts.length, facet.key).toBeGreaterThan(0);
        // A facet's own choice never narrows its counts: the other values stay on offer.
        expect(counts, facet.key).toEqual(await facet.count(facet.without(view), temp.db));
        for (const option of facet.results(view, counts, 'en')) {
          // With nothing chosen in this facet, a value's link narrows the view to exactly its count.
          if (!facet.active(view)) expect(await countDeals(option.filters, temp.db), `${facet.key}=${option.value}`).toBe(option.count);
          // The count ignores the facet's own filter and keeps all the others.
          const expected = await countDeals(facet.toggle(facet.without(view), option.value), temp.db);
          expect(option.count, `${facet.key}=${option.value}`).toBe(expected);
        }
      }
    }
  });

  it('counts the years within the other filters, in order', async () => {
    const view = deals({ country: ['PL'], from: 1990, to: 1991 });
    const years = await dealYears.count(view, temp.db);
    expect(years.map((y) => Number(y.value))).toEqual([...years.map((y) => Number(y.value))].sort((a, b) => a - b));
    const poland = await temp.db.deal.findMany({ where: { retiredAt: null, partnerCountryCode: 'PL', year: { not: null } }, select: { year: true } });
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(poland.length);
  });

  it('counts every instrument value, the facet’s own filter left out, and filters rows in memory', async () => {
    const rows = await temp.db.instrument.findMany({ where: { retiredAt: null } });
    const owner = facetByKey(instrumentFacetList, 'owner');
    const kind = facetByKey(instrumentFacetList, 'kind');
    const view = instruments({ owner: ['NATO'] });
    const nato = rows.filter((r) => r.owner === 'NATO');
    expect(owner.count(view, rows)).toEqual([
      { value: 'EU', count: rows.filter((r) => r.owner === 'EU').length },
      { value: 'NATO', count: nato.length },
    ]);
    for (const { value, count } of kind.count(view, rows)) expect(count, value).toBe(nato.filter((r) => r.kind === value).length);
    expect(rows.filter(instrumentWhere(view)).length).toBe(nato.length);
    const results = owner.results(view, owner.count(view, rows), 'en');
    expect(results.map((r) => [r.value, r.selected, r.href])).toEqual([
      ['EU', false, '/instruments?owner=EU&owner=NATO'],
      ['NATO', true, '/instruments'],
    ]);
    expect(activeInstrumentFilters(instruments({ q: 'x', kind: ['accelerator'] })).map((f) => f.key)).toEqual(['q', 'kind']);
  });
});
