// The instruments list's facets and its filter. There are only a handful of instruments, read whole,
// so a facet asks its question of each row in memory and counts its values over the rows read.
import type { Instrument } from '@/lib/generated/prisma/client';
import { type InstrumentFilters, buildInstrumentQuery } from '@/lib/filters/instruments';
import { translatorFor } from '@/lib/i18n/translator';
import { accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';
import { matchesTokens, searchTokens } from '@/lib/search';
import { type Facet, type FacetCount, type Removable, facetsFor } from './facets';

/** What the filter reads of an instrument. */
export type InstrumentFacetRow = Pick<
  Instrument,
  'acronym' | 'name' | 'nameKo' | 'summary' | 'summaryKo' | 'thirdCountryTerms' | 'accessNote' | 'accessNoteKo' | 'owner' | 'kind' | 'accessLevel'
>;
type Predicate = (row: InstrumentFacetRow) => boolean;

type Count = { count(f: InstrumentFilters, rows: readonly InstrumentFacetRow[]): FacetCount[] };
export type InstrumentFacet<K extends string = string> = Facet<InstrumentFilters, K, Predicate> & Count;

const instruments = facetsFor<InstrumentFilters, Predicate>({ path: '/instruments', build: buildInstrumentQuery });

type Field = 'owner' | 'kind' | 'accessLevel';
const oneOf = (field: Field, values: readonly string[]): Predicate => (row) => values.includes(row[field]);

/** Every value of the vocabulary, with how many rows of the view, without the facet's own filter, have it. */
function countValues(f: InstrumentFilters, rows: readonly InstrumentFacetRow[], key: InstrumentFacetKey, field: Field, values: readonly string[]): FacetCount[] {
  const pool = rows.filter(instrumentWhere(f, key));
  return values.map((value) => ({ value, count: pool.filter((r) => r[field] === value).length }));
}

const owner: InstrumentFacet<'owner'> = {
  ...instruments.many({ key: 'owner', match: (owners) => oneOf('owner', owners), label: (v, locale) => translatorFor(locale, 'vocab')(`owner.${v.value}`) }),
  count: (f, rows) => countValues(f, rows, 'owner', 'owner', instrumentOwners),
};

const kind: InstrumentFacet<'kind'> = {
  ...instruments.many({ key: 'kind', match: (kinds) => oneOf('kind', kinds), label: (v, locale) => translatorFor(locale, 'vocab')(`instrumentKind.${v.value}`) }),
  count: (f, rows) => countValues(f, rows, 'kind', 'kind', instrumentKinds),
};

const access: InstrumentFacet<'access'> = {
  ...instruments.many({ key: 'access', match: (levels) => oneOf('accessLevel', levels), label: (v, locale) => translatorFor(locale, 'vocab')(`accessLevel.${v.value}`) }),
  count: (f, rows) => countValues(f, rows, 'access', 'accessLevel', accessLevels),
};

/** The facets, in the order they appear in the URL and on the page. */
export const instrumentFacetList = [owner, kind, access] as const;
export type InstrumentFacetKey = (typeof instrumentFacetList)[number]['key'];

/** The text search (`q`), removable like a facet. */
export const instrumentText: Removable<InstrumentFilters, 'q'> = { key: 'q', active: (f) => Boolean(f.q), without: (f) => ({ ...f, q: undefined }) };

/** The filters in force, in URL order, each removable on its own. */
export function activeInstrumentFilters(f: InstrumentFilters): Array<Removable<InstrumentFilters, InstrumentFacetKey | 'q'>> {
  return [instrumentText, ...instrumentFacetList].filter((filter) => filter.active(f));
}

// The terms for third countries and the notes on South Korea's access are what a reader asks about
// ("Korea", "35%", "non-EU"), so the search reads them too.
const matchesText = (row: InstrumentFacetRow, tokens: string[]) =>
  matchesTokens([row.acronym, row.name, row.nameKo, row.summary, row.summaryKo, row.thirdCountryTerms, row.accessNote, row.accessNoteKo], tokens);

/** Whether a row is in the view, leaving out `skip` (a facet's own filter, or the text). */
export function instrumentWhere(f: InstrumentFilters, skip?: InstrumentFacetKey | 'q'): Predicate {
  const tokens = skip === 'q' ? [] : searchTokens(f.q ?? '');
  const tests = instrumentFacetList.flatMap((facet) => {
    const test = facet.key === skip ? undefined : facet.where(f);
    return test ? [test] : [];
  });
  return (row) => matchesText(row, tokens) && tests.every((test) => test(row));
}
