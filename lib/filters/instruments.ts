// The /instruments view in the URL: parse searchParams into a typed filter, and build the URL back.
import { type AccessLevel, accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';
import { type Dropped, type RawParams, buildQuery, dropUnknownKeys, pickMany, pickOne, pickText } from './params';

export const instrumentSorts = ['name', '-name', 'budget', '-budget', 'access'] as const;
export type InstrumentSort = (typeof instrumentSorts)[number];
export const DEFAULT_INSTRUMENT_SORT: InstrumentSort = 'name';

export const instrumentViews = ['table', 'cards'] as const;
export type InstrumentView = (typeof instrumentViews)[number];
export const DEFAULT_INSTRUMENT_VIEW: InstrumentView = 'table';

export type InstrumentOwner = (typeof instrumentOwners)[number];
export type InstrumentKind = (typeof instrumentKinds)[number];

export type InstrumentFilters = {
  q?: string;
  owner: InstrumentOwner[];
  kind: InstrumentKind[];
  access: AccessLevel[];
  sort: InstrumentSort;
  view: InstrumentView;
};

/** The facets, in the order they appear in the URL and on the page. */
export const instrumentFacetKeys = ['owner', 'kind', 'access'] as const;
export type InstrumentFacetKey = (typeof instrumentFacetKeys)[number];

/** The values each facet accepts, in the order they are listed. */
export const instrumentFacetValues = {
  owner: instrumentOwners,
  kind: instrumentKinds,
  access: accessLevels,
} as const satisfies Record<InstrumentFacetKey, readonly string[]>;

const known = ['q', ...instrumentFacetKeys, 'sort', 'view'] as const;

// Owners are upper-case acronyms; a hand-typed `owner=nato` means the same thing, so accept it.
const owner = (v: string): InstrumentOwner | null => instrumentOwners.find((o) => o === v.toUpperCase()) ?? null;

export const emptyInstrumentFilters: InstrumentFilters = {
  owner: [],
  kind: [],
  access: [],
  sort: DEFAULT_INSTRUMENT_SORT,
  view: DEFAULT_INSTRUMENT_VIEW,
};

export function parseInstrumentFilters(raw: RawParams): { filters: InstrumentFilters; dropped: Dropped } {
  const dropped: Dropped = [];
  dropUnknownKeys(raw, known, dropped);
  const filters: InstrumentFilters = {
    q: pickText(raw, 'q'),
    owner: pickMany(raw, 'owner', owner, dropped),
    kind: pickMany(raw, 'kind', instrumentKinds, dropped),
    access: pickMany(raw, 'access', accessLevels, dropped),
    sort: pickOne(raw, 'sort', instrumentSorts, dropped) ?? DEFAULT_INSTRUMENT_SORT,
    view: pickOne(raw, 'view', instrumentViews, dropped) ?? DEFAULT_INSTRUMENT_VIEW,
  };
  return { filters, dropped };
}

/** The canonical query string of a view (defaults left out): q, owner, kind, access, sort, view. */
export function buildInstrumentQuery(f: InstrumentFilters): string {
  return buildQuery([
    ['q', f.q],
    ['owner', f.owner],
    ['kind', f.kind],
    ['access', f.access],
    ['sort', f.sort === DEFAULT_INSTRUMENT_SORT ? undefined : f.sort],
    ['view', f.view === DEFAULT_INSTRUMENT_VIEW ? undefined : f.view],
  ]);
}

/** The same view with one facet value switched on or off. */
export function toggleInstrumentFacet(f: InstrumentFilters, key: InstrumentFacetKey, value: string): InstrumentFilters {
  const current: string[] = f[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
  return { ...f, [key]: next };
}

/** The same view without one filter. */
export function withoutInstrumentFilter(f: InstrumentFilters, key: InstrumentFacetKey | 'q'): InstrumentFilters {
  return key === 'q' ? { ...f, q: undefined } : { ...f, [key]: [] };
}

/** The same view with no filter at all (sort and view kept). */
export function clearInstrumentFilters(f: InstrumentFilters): InstrumentFilters {
  return { ...emptyInstrumentFilters, sort: f.sort, view: f.view };
}

/** The filters in force, in URL order. */
export function activeInstrumentFilters(f: InstrumentFilters): Array<InstrumentFacetKey | 'q'> {
  return [...(f.q ? (['q'] as const) : []), ...instrumentFacetKeys.filter((k) => f[k].length > 0)];
}
