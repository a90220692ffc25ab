// Property tests of the URL state of every list: a view survives the trip through its URL, every
// query string parses without throwing, and parsing is canonical (a second trip changes nothing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DealFilters, MAX_YEAR, MIN_YEAR, dealSorts } from '@/lib/filters/deals';
import { type InstrumentFilters, instrumentSorts, instrumentViews } from '@/lib/filters/instruments';
import { toRawParams } from '@/lib/filters/params';
import { type RecommendationFilters, recommendationSorts } from '@/lib/filters/recommendations';
import { type SourceFilters, sourceSorts } from '@/lib/filters/sources';
import type { FindingFilters } from '@/lib/filters/findings';
import { findingActors, findingThemes } from '@/lib/schemas/finding';
import { cooperationTypes, dealDomains, dealStages } from '@/lib/schemas/deal';
import { accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';
import { actors, recommendationStages } from '@/lib/schemas/recommendation';
import { type ListFilters, type ListKind, listKinds, lists, readView } from '@/lib/lists';

const sorted = <T extends string>(values: T[]) => [...values].sort();

/** Free text as the parser keeps it: whole characters, spaces collapsed, trimmed, not empty. */
const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0 && s.length <= max);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const subset = <T extends string>(values: readonly T[]) => fc.subarray([...values]).map(sorted);
const uniqueSorted = (arb: fc.Arbitrary<string>) => fc.uniqueArray(arb, { maxLength: 4 }).map(sorted);

const dealState: fc.Arbitrary<DealFilters> = fc
  .record({
    q: optional(text(200)),
    country: uniqueSorted(fc.stringMatching(/^[A-Z]{2}$/)),
    organisation: uniqueSorted(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/)),
    system: uniqueSorted(text(120)),
    domain: subset(dealDomains),
    type: subset(cooperationTypes),
    stage: subset(dealStages),
    years: fc.tuple(optional(fc.integer({ min: MIN_YEAR, max: MAX_YEAR })), optional(fc.integer({ min: MIN_YEAR, max: MAX_YEAR }))),
    localisation: optional(fc.constantFrom('yes' as const, 'no' as const)),
    transfer: optional(fc.constantFrom('yes' as const, 'no' as const)),
    sort: fc.constantFrom(...dealSorts),
    page: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map(({ years: [a, b], ...rest }) => {
    // The parser swaps a reversed range, so a canonical state has from <= to.
    const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
    return { ...rest, from, to };
  });

const instrumentState: fc.Arbitrary<InstrumentFilters> = fc.record({
  q: optional(text(200)),
  owner: subset(instrumentOwners),
  kind: subset(instrumentKinds),
  access: subset(accessLevels),
  sort: fc.constantFrom(...instrumentSorts),
  view: fc.constantFrom(...instrumentViews),
});

const recommendationState: fc.Arbitrary<RecommendationFilters> = fc.record({
  q: optional(text(200)),
  stage: subset(recommendationStages),
  actor: subset(actors),
  sort: fc.constantFrom(...recommendationSorts),
});

const sourceState: fc.Arbitrary<SourceFilters> = fc.record({ q: optional(text(200)), sort: fc.constantFrom(...sourceSorts), page: fc.integer({ min: 1, max: 1_000_000 }) });

const findingState: fc.Arbitrary<FindingFilters> = fc.record({ q: optional(text(200)), actor: subset(findingActors), theme: subset(findingThemes) });

const states: { [K in ListKind]: fc.Arbitrary<ListFilters[K]> } = {
  deals: dealState,
  instruments: instrumentState,
  recommendations: recommendationState,
  sources: sourceState,
  findings: findingState,
};

const parseQuery = <K extends ListKind>(kind: K, query: string) => readView(kind, toRawParams(new URLSearchParams(query)));

/** Query strings a reader, a crawler or an attacker might send: known keys, junk, odd encodings. */
const garbageQuery = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('q', 'sort', 'page', 'country', 'organisation', 'system', 'from', 'to', 'owner', 'stage', 'actor', 'view', 'format', 'locale'), fc.string({ maxLength: 12 })),
      fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('-1', '0', '1e9', '99999999999', '-value', 'PL', 'yes', '%', '')),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

describe.each(listKinds)('%s view in the URL', (kind) => {
  it('parse(build(state)) equals state, with nothing dropped', () => {
    fc.assert(
      fc.property(states[kind] as fc.Arbitrary<ListFilters[typeof kind]>, (state) => {
        const query = (lists[kind].build as (s: typeof state) => string)(state);
        const { filters, dropped } = parseQuery(kind, query.replace(/^\?/, ''));
        expect(dropped).toEqual([]);
        expect(filters).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on garbage, and its canonical URL is a fixed point', () => {
    fc.assert(
      fc.property(garbageQuery, (query) => {
        const once = parseQuery(kind, query);
        const twice = parseQuery(kind, once.query.replace(/^\?/, ''));
        expect(twice.dropped).toEqual([]);
        expect(twice.query).toBe(once.query);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same URL whatever order the parameters come in', () => {
    fc.assert(
      fc.property(states[kind] as fc.Arbitrary<ListFilters[typeof kind]>, fc.integer(), (state, seed) => {
        const query = (lists[kind].build as (s: typeof state) => string)(state).replace(/^\?/, '');
        const pairs = [...new URLSearchParams(query)];
        const shuffled = pairs
          .map((pair, i) => ({ pair, key: Math.sin(seed + i) }))
          .sort((a, b) => a.key - b.key)
          .map(({ pair }) => pair);
        expect(parseQuery(kind, new URLSearchParams(shuffled).toString()).query.replace(/^\?/, '')).toBe(query);
      }),
      { numRuns: 200 },
    );
  });
});
