// The findings list's facets: actor (a finding may concern several) and theme. The findings are read
// whole, so a facet asks its question of each row in memory and counts its values over the rows read.
import { type FindingFilters, buildFindingQuery } from '@/lib/filters/findings';
import { translatorFor } from '@/lib/i18n/translator';
import { findingActors, findingThemes } from '@/lib/schemas/finding';
import { matchesTokens, searchTokens } from '@/lib/search';
import { type Facet, type FacetCount, type Removable, facetsFor } from './facets';

/** What the filter reads of a finding. */
export type FindingFacetRow = { slug: string; title: string; titleKo: string | null; quote: string; theme: string; actors: ReadonlyArray<{ actor: string }> };
type Predicate = (row: FindingFacetRow) => boolean;

type Count = { values: readonly string[]; count(f: FindingFilters, rows: readonly FindingFacetRow[]): FacetCount[] };
export type FindingFacet<K extends string = string> = Facet<FindingFilters, K, Predicate> & Count;

const findings = facetsFor<FindingFilters, Predicate>({ path: '/findings', build: buildFindingQuery });

const valuesOf = {
  actor: (row: FindingFacetRow) => row.actors.map((a) => a.actor),
  theme: (row: FindingFacetRow) => [row.theme],
};

/** Every value of the vocabulary, with how many rows of the view, without the facet's own filter, have it. */
function countValues(f: FindingFilters, rows: readonly FindingFacetRow[], key: FindingFacetKey, values: readonly string[]): FacetCount[] {
  const pool = rows.filter(findingWhere(f, key));
  return values.map((value) => ({ value, count: pool.filter((r) => valuesOf[key](r).includes(value)).length }));
}

// A finding about South Korea and the EU is found by either: any chosen value will do.
const anyOf = (key: FindingFacetKey, chosen: readonly string[]): Predicate => (row) => valuesOf[key](row).some((v) => chosen.includes(v));

const actor: FindingFacet<'actor'> = {
  ...findings.many({ key: 'actor', match: (chosen) => anyOf('actor', chosen), label: (v, locale) => translatorFor(locale, 'findings')(`actor.${v.value}`) }),
  values: findingActors,
  count: (f, rows) => countValues(f, rows, 'actor', findingActors),
};

const theme: FindingFacet<'theme'> = {
  ...findings.many({ key: 'theme', match: (chosen) => anyOf('theme', chosen), label: (v, locale) => translatorFor(locale, 'findings')(`theme.${v.value}`) }),
  values: findingThemes,
  count: (f, rows) => countValues(f, rows, 'theme', findingThemes),
};

/** The facets, in the order they appear in the URL and on the page. */
export const findingFacetList = [actor, theme] as const;
export type FindingFacetKey = (typeof findingFacetList)[number]['key'];

/** The text search (`q`), removable like a facet. */
export const findingText: Removable<FindingFilters, 'q'> = { key: 'q', active: (f) => Boolean(f.q), without: (f) => ({ ...f, q: undefined }) };

/** The filters in force, in URL order, each removable on its own. */
export function activeFindingFilters(f: FindingFilters): Array<Removable<FindingFilters, FindingFacetKey | 'q'>> {
  return [findingText, ...findingFacetList].filter((filter) => filter.active(f));
}

/** Whether a row is in the view, leaving out `skip` (a facet's own filter, or the text). */
export function findingWhere(f: FindingFilters, skip?: FindingFacetKey | 'q'): Predicate {
  const tokens = skip === 'q' ? [] : searchTokens(f.q ?? '');
  const tests = findingFacetList.flatMap((facet) => {
    const test = facet.key === skip ? undefined : facet.where(f);
    return test ? [test] : [];
  });
  return (row) => matchesTokens([row.slug, row.title, row.titleKo, row.quote], tokens) && tests.every((test) => test(row));
}
