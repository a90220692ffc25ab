import { describe, expect, it } from 'vitest';
import { buildDealQuery, clearDealFilters, emptyDealFilters, parseDealFilters } from '@/lib/filters/deals';
import { dealFacetList, dealYears } from '@/lib/lists/deal-facets';
import { facetByKey } from '@/lib/lists/facets';
import { canonicalSearch } from '@/lib/views/canonical';
import { toRawParams } from '@/lib/filters/params';

const parse = (query: string) => parseDealFilters(toRawParams(new URLSearchParams(query)));

describe('parseDealFilters', () => {
  it('reads every facet, the year range, sort and page', () => {
    const { filters, dropped } = parse('q=K2&country=PL&country=ro&organisation=hyundai-rotem&system=K2+tank&domain=land&type=export&stage=contract&from=2024&to=2025&localisation=yes&transfer=no&sort=-value&page=2');
    expect(dropped).toEqual([]);
    expect(filters).toEqual({
      q: 'K2',
      country: ['PL', 'RO'],
      organisation: ['hyundai-rotem'],
      system: ['K2 tank'],
      domain: ['land'],
      type: ['export'],
      stage: ['contract'],
      from: 2024,
      to: 2025,
      localisation: 'yes',
      transfer: 'no',
      sort: '-value',
      page: 2,
    });
  });

  it('drops unknown keys and malformed values, and reports each', () => {
    const { filters, dropped } = parse('foo=1&type=barter&country=POL&page=abc&sort=cost&from=99999&localisation=maybe&organisation=Not%20A%20Slug');
    expect(filters).toEqual(emptyDealFilters);
    expect(dropped.map((d) => d.key).sort()).toEqual(['country', 'foo', 'from', 'localisation', 'organisation', 'page', 'sort', 'type']);
  });

  it('swaps a year range given backwards', () => {
    expect(parse('from=2025&to=2023').filters).toMatchObject({ from: 2023, to: 2025 });
  });

  it('ignores empty fields from a submitted form', () => {
    expect(parse('q=&from=&to=')).toEqual({ filters: emptyDealFilters, dropped: [] });
  });
});

describe('buildDealQuery', () => {
  it('gives the same URL whatever order the values were chosen in', () => {
    const country = facetByKey(dealFacetList, 'country');
    const a = country.toggle(country.toggle(emptyDealFilters, 'RO'), 'PL');
    const b = country.toggle(country.toggle(emptyDealFilters, 'PL'), 'RO');
    expect(buildDealQuery(a)).toBe(buildDealQuery(b));
    expect(buildDealQuery(a)).toBe('?country=PL&country=RO');
  });

  it('round-trips through parse', () => {
    const query = '?q=kf-21&country=KR&type=systems-integration&from=2023&transfer=yes&sort=title&page=3';
    expect(buildDealQuery(parse(query).filters)).toBe(query);
  });

  it('leaves defaults out', () => {
    expect(buildDealQuery(emptyDealFilters)).toBe('');
  });

  it('toggles a value off again and resets the page', () => {
    const stage = facetByKey(dealFacetList, 'stage');
    const on = stage.toggle({ ...emptyDealFilters, page: 4 }, 'contract');
    expect(on).toMatchObject({ stage: ['contract'], page: 1 });
    expect(stage.toggle(on, 'contract').stage).toEqual([]);
    expect(dealYears.without({ ...on, from: 2020, to: 2024 })).toMatchObject({ from: undefined, to: undefined });
  });
});

describe('canonicalSearch', () => {
  it('sends reordered or padded URLs to the canonical one, and leaves canonical ones alone', () => {
    expect(canonicalSearch('/deals', new URLSearchParams('type=export&country=PL'))).toBe('?country=PL&type=export');
    expect(canonicalSearch('/deals', new URLSearchParams('q=&country=pl'))).toBe('?country=PL');
    expect(canonicalSearch('/deals', new URLSearchParams('country=PL&type=export'))).toBeNull();
  });

  it('does not redirect a URL whose dropped parameters the page must report', () => {
    expect(canonicalSearch('/deals', new URLSearchParams('foo=1&country=PL'))).toBeNull();
  });
});

describe('clearDealFilters', () => {
  it('drops every filter but keeps the order and the chart or map the reader is looking at', () => {
    const { filters } = parse('q=k9&country=PL&from=2020&to=2024&transfer=yes&sort=-value&page=3&view=map&measure=EUR&layer=nato');
    expect(buildDealQuery(clearDealFilters(filters))).toBe('?sort=-value&view=map&measure=EUR&layer=nato');
    expect(buildDealQuery(clearDealFilters(parse('country=PL&view=chart').filters))).toBe('?view=chart');
    expect(buildDealQuery(clearDealFilters(parse('country=PL').filters))).toBe('');
  });
});

describe('basis=stated', () => {
  it('reads, writes and keeps "stated values only" through Clear all; any other basis is reported', () => {
    const { filters, dropped } = parse('country=RO&basis=stated');
    expect(dropped).toEqual([]);
    expect(filters.basis).toBe('stated');
    expect(buildDealQuery(filters)).toBe('?country=RO&basis=stated');
    expect(buildDealQuery(clearDealFilters(filters))).toBe('?basis=stated');
    expect(parse('basis=inferred').dropped).toEqual([{ key: 'basis', value: 'inferred' }]);
  });
});
