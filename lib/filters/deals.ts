// The /deals view in the URL: parse searchParams into a typed filter, and build the URL back.
import { cooperationTypes, dealDomains, dealStages } from '@/lib/schemas/deal';
import {
  type Dropped,
  type RawParams,
  buildQuery,
  dropUnknownKeys,
  pickInt,
  pickMany,
  pickOne,
  pickPastDay,
  pickText,
} from './params';

export const dealSorts = ['date', '-date', 'title', '-title', 'system', '-system', 'partner', '-partner', 'type', '-type', 'stage', '-stage', 'value', '-value'] as const;
export type DealSort = (typeof dealSorts)[number];
export const DEFAULT_DEAL_SORT: DealSort = '-date';
export const DEALS_PER_PAGE = 25;
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

export const flags = ['yes', 'no'] as const;
export type Flag = (typeof flags)[number];

/** How a view is shown: its table (the default), its charts or its map. */
export const dealViews = ['chart', 'map'] as const;
export type DealView = (typeof dealViews)[number];
/** `basis=stated`: the list shows only the values its sources state; inferred and outside values are withheld. */
export const dealBases = ['stated'] as const;
export type DealBasis = (typeof dealBases)[number];
/** The map's membership layer: which members (as the database records them) are outlined. */
export const dealMapLayers = ['eu', 'nato', 'ip4'] as const;
export type DealMapLayer = (typeof dealMapLayers)[number];

export type DealFilters = {
  q?: string;
  country: string[];
  organisation: string[];
  system: string[];
  domain: (typeof dealDomains)[number][];
  type: (typeof cooperationTypes)[number][];
  stage: (typeof dealStages)[number][];
  from?: number;
  to?: number;
  localisation?: Flag;
  transfer?: Flag;
  sort: DealSort;
  page: number;
  /** Shown as charts or a map instead of the table; the deals are the same. */
  view?: DealView;
  /** The map's measure: deals (the default) or the stated value in this one currency (`EUR`). */
  measure?: string;
  layer?: DealMapLayer;
  basis?: DealBasis;
  /** The deals as they stood at the end of this past day (`YYYY-MM-DD`), rebuilt from their revisions. */
  asof?: string;
};

/** Every parameter of a view, in its canonical URL order. */
const dealParams = ['q', 'country', 'organisation', 'system', 'domain', 'type', 'stage', 'from', 'to', 'localisation', 'transfer', 'sort', 'page', 'view', 'measure', 'layer', 'basis', 'asof'] as const satisfies readonly (keyof DealFilters)[];

const countryCode = (v: string) => (/^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : null);
const slug = (v: string) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) && v.length <= 80 ? v : null);
const currencyCode = (v: string) => (/^[A-Z]{3}$/.test(v) ? v : null);
const systemName = (v: string) => (v.length <= 120 ? v : null);

export const emptyDealFilters: DealFilters = {
  country: [],
  organisation: [],
  system: [],
  domain: [],
  type: [],
  stage: [],
  sort: DEFAULT_DEAL_SORT,
  page: 1,
};

export function parseDealFilters(raw: RawParams): { filters: DealFilters; dropped: Dropped } {
  const dropped: Dropped = [];
  dropUnknownKeys(raw, dealParams, dropped);
  let from = pickInt(raw, 'from', MIN_YEAR, MAX_YEAR, dropped);
  let to = pickInt(raw, 'to', MIN_YEAR, MAX_YEAR, dropped);
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const filters: DealFilters = {
    q: pickText(raw, 'q'),
    country: pickMany(raw, 'country', countryCode, dropped),
    organisation: pickMany(raw, 'organisation', slug, dropped),
    system: pickMany(raw, 'system', systemName, dropped),
    domain: pickMany(raw, 'domain', dealDomains, dropped),
    type: pickMany(raw, 'type', cooperationTypes, dropped),
    stage: pickMany(raw, 'stage', dealStages, dropped),
    from,
    to,
    localisation: pickOne(raw, 'localisation', flags, dropped),
    transfer: pickOne(raw, 'transfer', flags, dropped),
    sort: pickOne(raw, 'sort', dealSorts, dropped) ?? DEFAULT_DEAL_SORT,
    page: pickInt(raw, 'page', 1, 1_000_000, dropped) ?? 1,
    view: pickOne(raw, 'view', dealViews, dropped),
    measure: pickMany(raw, 'measure', currencyCode, dropped)[0],
    layer: pickOne(raw, 'layer', dealMapLayers, dropped),
    basis: pickOne(raw, 'basis', dealBases, dropped),
    asof: pickPastDay(raw, 'asof', dropped),
  };
  return { filters, dropped };
}

/** The canonical query string of a view (defaults left out). */
export function buildDealQuery(f: DealFilters): string {
  return buildQuery(dealParams.map((key) => [key, f[key] === emptyDealFilters[key] ? undefined : f[key]]));
}

/**
 * The same view with no filter at all: "Clear all" keeps how the reader looks at the deals (the
 * order, the chart or map with its measure and layer, stated values only, the past day), and drops only what narrows them.
 */
export function clearDealFilters(f: DealFilters): DealFilters {
  return { ...emptyDealFilters, sort: f.sort, view: f.view, measure: f.measure, layer: f.layer, basis: f.basis, asof: f.asof };
}
