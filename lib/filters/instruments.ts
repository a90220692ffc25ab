// The /instruments view in the URL: parse searchParams into a typed filter, and build the URL back.
import { type AccessLevel, accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';
import { type Dropped, type RawParams, buildQuery, dropUnknownKeys, pickMany, pickOne, pickText } from './params';

export const instrumentSorts = ['name', '-name', 'budget', '-budget', 'access', '-access'] as const;
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

const known = ['q', 'owner', 'kind', 'access', 'sort', 'view'] as const satisfies readonly (keyof InstrumentFilters)[];

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

/** The same view with no filter at all (sort and view kept). */
export function clearInstrumentFilters(f: InstrumentFilters): InstrumentFilters {
  return { ...emptyInstrumentFilters, sort: f.sort, view: f.view };
}
