// The /instruments view in the URL: parse searchParams into a typed filter, and build the URL back.
import { type AccessLevel, accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';
import { type Dropped, type RawParams, buildQuery, dropUnknownKeys, pickMany, pickOne, pickPastDay, pickText } from './params';

export const instrumentSorts = ['name', '-name', 'owner', '-owner', 'kind', '-kind', 'budget', '-budget', 'access', '-access'] as const;
export type InstrumentSort = (typeof instrumentSorts)[number];
export const DEFAULT_INSTRUMENT_SORT: InstrumentSort = 'name';

/** EU and NATO side by side (the default), or one table of every instrument. */
export const instrumentViews = ['compare', 'table'] as const;
export type InstrumentView = (typeof instrumentViews)[number];
export const DEFAULT_INSTRUMENT_VIEW: InstrumentView = 'compare';
// Links shared before the comparison became the default name it `view=cards`: they still open it.
const legacyViews = { cards: 'compare' } as const satisfies Record<string, InstrumentView>;

export type InstrumentOwner = (typeof instrumentOwners)[number];
export type InstrumentKind = (typeof instrumentKinds)[number];

export type InstrumentFilters = {
  q?: string;
  owner: InstrumentOwner[];
  kind: InstrumentKind[];
  access: AccessLevel[];
  sort: InstrumentSort;
  view: InstrumentView;
  /** The instruments as they stood at the end of this past day, rebuilt from their revisions. */
  asof?: string;
};

const known = ['q', 'owner', 'kind', 'access', 'sort', 'view', 'asof'] as const satisfies readonly (keyof InstrumentFilters)[];

// Owners are upper-case acronyms; a hand-typed `owner=nato` means the same thing, so accept it.
const owner = (v: string): InstrumentOwner | null => instrumentOwners.find((o) => o === v.toUpperCase()) ?? null;

const view = (v: InstrumentView | keyof typeof legacyViews | undefined): InstrumentView =>
  v === undefined ? DEFAULT_INSTRUMENT_VIEW : v in legacyViews ? legacyViews[v as keyof typeof legacyViews] : (v as InstrumentView);

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
    view: view(pickOne(raw, 'view', [...instrumentViews, ...(Object.keys(legacyViews) as (keyof typeof legacyViews)[])], dropped)),
    asof: pickPastDay(raw, 'asof', dropped),
  };
  return { filters, dropped };
}

/** The canonical query string of a view (defaults left out): q, owner, kind, access, sort, view, asof. */
export function buildInstrumentQuery(f: InstrumentFilters): string {
  return buildQuery([
    ['q', f.q],
    ['owner', f.owner],
    ['kind', f.kind],
    ['access', f.access],
    ['sort', f.sort === DEFAULT_INSTRUMENT_SORT ? undefined : f.sort],
    ['view', f.view === DEFAULT_INSTRUMENT_VIEW ? undefined : f.view],
    ['asof', f.asof],
  ]);
}

/** The same view with no filter at all (sort and view kept). */
export function clearInstrumentFilters(f: InstrumentFilters): InstrumentFilters {
  return { ...emptyInstrumentFilters, sort: f.sort, view: f.view, asof: f.asof };
}
