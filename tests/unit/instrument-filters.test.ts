// The /instruments URL state: parsing through the whitelist and building back one canonical address.
import { describe, expect, it } from 'vitest';
import { canonicalSearch } from '@/lib/views/canonical';
import {
  DEFAULT_INSTRUMENT_SORT,
  DEFAULT_INSTRUMENT_VIEW,
  type InstrumentFilters,
  buildInstrumentQuery,
  emptyInstrumentFilters,
  parseInstrumentFilters,
} from '@/lib/filters/instruments';
import { facetByKey } from '@/lib/lists/facets';
import { activeInstrumentFilters, instrumentFacetList, instrumentText } from '@/lib/lists/instrument-facets';
import { toRawParams } from '@/lib/filters/params';

const parse = (query: string) => parseInstrumentFilters(toRawParams(new URLSearchParams(query)));

describe('parseInstrumentFilters', () => {
  it('gives the defaults for an empty query, and drops nothing', () => {
    expect(parse('')).toEqual({ filters: { ...emptyInstrumentFilters, q: undefined }, dropped: [] });
    expect(emptyInstrumentFilters.sort).toBe('name');
    expect(emptyInstrumentFilters.view).toBe('compare');
  });

  it('reads every parameter, repeated facets sorted and de-duplicated', () => {
    const { filters, dropped } = parse(
      'view=table&sort=-budget&access=restricted&access=associated&access=restricted&kind=loan-facility&owner=NATO&owner=EU&q=  defence   fund ',
    );
    expect(dropped).toEqual([]);
    expect(filters).toEqual({
      q: 'defence fund',
      owner: ['EU', 'NATO'],
      kind: ['loan-facility'],
      access: ['associated', 'restricted'],
      sort: '-budget',
      view: 'table',
    });
  });

  it('accepts an owner typed in lower case', () => {
    expect(parse('owner=nato').filters.owner).toEqual(['NATO']);
  });

  it('drops unknown keys and values, reports them, and never throws', () => {
    const { filters, dropped } = parse('owner=UN&kind=bank&kind=accelerator&access=full&sort=cost&view=grid&page=2');
    expect(filters).toEqual({ ...emptyInstrumentFilters, q: undefined, kind: ['accelerator'] });
    expect(dropped).toEqual(
      expect.arrayContaining([
        { key: 'page', value: '2' },
        { key: 'owner', value: 'UN' },
        { key: 'kind', value: 'bank' },
        { key: 'access', value: 'full' },
        { key: 'sort', value: 'cost' },
        { key: 'view', value: 'grid' },
      ]),
    );
    expect(dropped).toHaveLength(6);
  });

  it('keeps the first of a repeated single-valued parameter and reports the rest', () => {
    const { filters, dropped } = parse('sort=access&sort=name&view=table&view=compare');
    expect(filters.sort).toBe('access');
    expect(filters.view).toBe('table');
    expect(dropped).toEqual([
      { key: 'sort', value: 'name' },
      { key: 'view', value: 'compare' },
    ]);
  });

  it('opens links shared before the comparison was the default (view=cards) as the comparison', () => {
    expect(parse('view=cards')).toEqual({ filters: { ...emptyInstrumentFilters, q: undefined, view: 'compare' }, dropped: [] });
    expect(buildInstrumentQuery(parse('view=cards&owner=EU').filters)).toBe('?owner=EU');
  });

  it('sorts by owner and kind as well as name, budget and access', () => {
    expect(parse('sort=-kind').filters.sort).toBe('-kind');
    expect(parse('sort=owner').filters.sort).toBe('owner');
  });
});

describe('buildInstrumentQuery', () => {
  it('leaves out defaults and empty filters', () => {
    expect(buildInstrumentQuery(emptyInstrumentFilters)).toBe('');
    expect(buildInstrumentQuery({ ...emptyInstrumentFilters, sort: DEFAULT_INSTRUMENT_SORT, view: DEFAULT_INSTRUMENT_VIEW, q: '' })).toBe('');
  });

  it('writes the canonical order q, owner, kind, access, sort, view with repeated values sorted', () => {
    const filters: InstrumentFilters = {
      view: 'table',
      sort: 'access',
      access: ['undetermined', 'associated'],
      kind: ['venture-fund', 'accelerator'],
      owner: ['NATO', 'EU'],
      q: 'nato fund',
    };
    expect(buildInstrumentQuery(filters)).toBe(
      '?q=nato+fund&owner=EU&owner=NATO&kind=accelerator&kind=venture-fund&access=associated&access=undetermined&sort=access&view=table',
    );
  });

  it('gives the same address for the same state written in any order', () => {
    const a = parse('view=table&access=dialogue&owner=NATO&kind=partnership-framework');
    const b = parse('kind=partnership-framework&owner=NATO&view=table&access=dialogue');
    expect(buildInstrumentQuery(a.filters)).toBe(buildInstrumentQuery(b.filters));
    expect(buildInstrumentQuery(a.filters)).toBe('?owner=NATO&kind=partnership-framework&access=dialogue&view=table');
  });

  it('round-trips: parsing a built query gives the same filters, and building again the same query', () => {
    const states: InstrumentFilters[] = [
      emptyInstrumentFilters,
      { ...emptyInstrumentFilters, owner: ['EU'], view: 'table' },
      { ...emptyInstrumentFilters, sort: '-kind' },
      { q: 'horizon europe', owner: ['EU', 'NATO'], kind: ['research-programme'], access: ['associated', 'conditional'], sort: '-name', view: 'table' },
      { ...emptyInstrumentFilters, sort: 'budget', access: ['restricted'] },
    ];
    for (const state of states) {
      const query = buildInstrumentQuery(state);
      const { filters, dropped } = parse(query.slice(1));
      expect(dropped).toEqual([]);
      expect({ ...filters, q: filters.q ?? undefined }).toEqual({ ...state, q: state.q ?? undefined });
      expect(buildInstrumentQuery(filters)).toBe(query);
    }
  });
});

describe('facet helpers', () => {
  it('toggles a facet value on and off, keeping the values sorted', () => {
    const kind = facetByKey(instrumentFacetList, 'kind');
    const on = kind.toggle({ ...emptyInstrumentFilters, kind: ['venture-fund'] }, 'accelerator');
    expect(on.kind).toEqual(['accelerator', 'venture-fund']);
    expect(kind.toggle(on, 'venture-fund').kind).toEqual(['accelerator']);
  });

  it('removes one filter and lists the filters in force in URL order', () => {
    const f: InstrumentFilters = { ...emptyInstrumentFilters, q: 'x', access: ['dialogue'], owner: ['NATO'], view: 'table' };
    expect(activeInstrumentFilters(f).map((filter) => filter.key)).toEqual(['q', 'owner', 'access']);
    expect(buildInstrumentQuery(facetByKey(instrumentFacetList, 'owner').without(f))).toBe('?q=x&access=dialogue&view=table');
    expect(buildInstrumentQuery(instrumentText.without(f))).toBe('?owner=NATO&access=dialogue&view=table');
  });
});

describe('canonical addresses', () => {
  it('sends a reordered or padded /instruments or /sources URL to the canonical one', () => {
    expect(canonicalSearch('/instruments', new URLSearchParams('view=table&q=&owner=nato&kind=accelerator'))).toBe(
      '?owner=NATO&kind=accelerator&view=table',
    );
    expect(canonicalSearch('/instruments', new URLSearchParams('owner=NATO&view=compare&sort=name'))).toBe('?owner=NATO');
    expect(canonicalSearch('/instruments', new URLSearchParams('owner=NATO'))).toBeNull();
    expect(canonicalSearch('/sources', new URLSearchParams('sort=footnote&q=korea'))).toBe('?q=korea');
  });

  it('leaves alone a URL whose dropped parameters the page must report', () => {
    expect(canonicalSearch('/instruments', new URLSearchParams('kind=bogus&owner=NATO'))).toBeNull();
    expect(canonicalSearch('/sources', new URLSearchParams('sort=title'))).toBeNull();
  });
});
