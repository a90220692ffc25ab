// A facet is one filter of a list that a reader narrows by, picking values from counted links, after
// Datasette's facets.py. Each list declares its facets once (lib/lists/*-facets.ts): the key it has
// in the URL, whether it takes several values or one, what it asks of a row, how its values are
// counted and labelled. The where-clause, the links, the search form and the empty view read these.

/** One value as counted in a view (within the view's other filters), with its name where the database has one. */
export type FacetCount = { value: string; count: number; label?: string; labelKo?: string | null };

/** One value as a page offers it: the link that switches it on or off. */
export type FacetChoice<F> = {
  value: string;
  label: string;
  selected: boolean;
  /** The view with this value switched on or off. */
  filters: F;
  /** That view's address, e.g. `/deals?country=PL`. */
  href: string;
};
export type FacetOption<F> = FacetChoice<F> & { count: number };

/** A filter of a view that can be removed on its own: a facet, the text search, a year range. */
export type Removable<F, K extends string = string> = {
  key: K;
  /** Whether the view uses it. */
  active(f: F): boolean;
  /** The same view without it. */
  without(f: F): F;
};

/** `many`: any number of values (`country=PL&country=RO`); `flag`: at most one, yes or no. */
export type FacetKind = 'many' | 'flag';

export type Facet<F, K extends string = string, W = unknown> = Removable<F, K> & {
  kind: FacetKind;
  /** The values the view has chosen. */
  selected(f: F): string[];
  /** The same view with one value switched on or off. */
  toggle(f: F, value: string): F;
  /** What the facet's filter asks of a row (a where-clause fragment or a predicate), or nothing when not in use. */
  where(f: F): W | undefined;
  label(value: FacetCount, locale: string): string;
  /** The counted values, each with its link; a chosen value stays, with 0, even when nothing in the view has it. */
  results(f: F, counts: readonly FacetCount[], locale: string): FacetOption<F>[];
  /** The given values, uncounted, each with its link (for a facet whose values are a fixed vocabulary). */
  choices(f: F, values: readonly string[], locale: string): FacetChoice<F>[];
};

/** Where a list lives and how its views are written, so that a facet can give each value's address. */
export type FacetList<F> = {
  path: string;
  build(f: F): string;
  /** What a change of filter also resets (a paged list goes back to page 1). */
  restart?: Partial<F>;
};

// The filter fields that hold several values (`country`), and those that hold at most one (`localisation`).
type ManyKey<F> = { [K in keyof F]-?: NonNullable<F[K]> extends readonly string[] ? K : never }[keyof F] & string;
type OneKey<F> = { [K in keyof F]-?: NonNullable<F[K]> extends string ? (string extends NonNullable<F[K]> ? never : K) : never }[keyof F] & string;

export type FacetSpec<F, K extends keyof F & string, W> = {
  key: K;
  /** What the chosen values (an array, or the one value of a flag) ask of a row. */
  match?: (chosen: NonNullable<F[K]>) => W;
  label(value: FacetCount, locale: string): string;
};

/** The two kinds of facet of one list, each giving the same links, toggles and selection. */
export function facetsFor<F, W>(list: FacetList<F>) {
  return {
    many: <K extends ManyKey<F>>(spec: FacetSpec<F, K, W>) => facet(list, 'many', spec),
    flag: <K extends OneKey<F>>(spec: FacetSpec<F, K, W>) => facet(list, 'flag', spec),
  };
}

function facet<F, K extends keyof F & string, W>(list: FacetList<F>, kind: FacetKind, spec: FacetSpec<F, K, W>): Facet<F, K, W> {
  const selected = (f: F): string[] => {
    const v: unknown = f[spec.key];
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  };
  // A flag holds one value or none; a list keeps its values sorted, so the URL is the same whatever the order of clicks.
  const set = (f: F, values: string[]): F => ({ ...f, [spec.key]: kind === 'many' ? values : values[0], ...list.restart });
  const toggle = (f: F, value: string): F => {
    const chosen = selected(f);
    if (chosen.includes(value)) return set(f, chosen.filter((v) => v !== value));
    return set(f, kind === 'flag' ? [value] : [...chosen, value].sort());
  };
  const choice = (f: F, value: FacetCount, chosen: string[], locale: string): FacetChoice<F> => {
    const filters = toggle(f, value.value);
    return { value: value.value, label: spec.label(value, locale), selected: chosen.includes(value.value), filters, href: `${list.path}${list.build(filters)}` };
  };
  return {
    key: spec.key,
    kind,
    selected,
    toggle,
    active: (f) => selected(f).length > 0,
    without: (f) => set(f, []),
    where: (f) => (spec.match && selected(f).length ? spec.match(f[spec.key] as NonNullable<F[K]>) : undefined),
    label: spec.label,
    results(f, counts, locale) {
      const chosen = selected(f);
      const absent = chosen.filter((value) => !counts.some((c) => c.value === value)).map((value) => ({ value, count: 0 }));
      return [...counts, ...absent].map((c) => ({ ...choice(f, c, chosen, locale), count: c.count }));
    },
    choices(f, values, locale) {
      const chosen = selected(f);
      return values.map((value) => choice(f, { value, count: 0 }, chosen, locale));
    },
  };
}

/** One facet of a list by its key. */
export function facetByKey<T extends { key: string }, K extends T['key']>(facets: readonly T[], key: K): Extract<T, { key: K }> {
  const found = facets.find((f): f is Extract<T, { key: K }> => f.key === key);
  if (!found) throw new Error(`No facet ${key}`);
  return found;
}

/**
 * The name of an ISO country code in the reader's language, for a chosen country that the view no
 * longer counts (its name comes with its count, so it has none): "Romania", never "RO".
 */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a well-formed region code: shown as it is
  }
}
