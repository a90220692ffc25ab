// What a list is: one specification per list (deals, instruments, recommendations, sources) owns
// its parameters, its facets, its count, its description, its export rows and its "as of" date. The proxy, the
// pages, the metadata, the embed, the OG card, the citation and the API all read these, never a
// switch on the list's kind.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Dropped, RawParams } from '@/lib/filters/params';
import type { Translate } from '@/lib/i18n/translator';
import type { Column } from '@/lib/records/column';
import type { Facet } from './facets';

/** An export's rows: its columns, how many rows, then the rows themselves in order, a batch at a time. */
export type ExportRows = { columns: Column<never>[]; total: number; batches: AsyncIterable<unknown[]> };

export type ListSpec<Kind extends string, Filters> = {
  kind: Kind;
  path: `/${Kind}`;
  /** The view in the URL: unknown or malformed values are dropped and reported, never thrown. */
  parse(raw: RawParams): { filters: Filters; dropped: Dropped };
  /** The canonical query string of a view (defaults left out). */
  build(filters: Filters): string;
  /** The filters a reader picks values of, in URL order (see facets.ts). */
  facets: readonly Facet<Filters>[];
  /** How many rows the whole view has (all pages). */
  count(filters: Filters, client: PrismaClient): Promise<number>;
  /** The view's filters and order in the reader's words ("partner: Poland", "by value"). */
  describe(filters: Filters, locale: string, client: PrismaClient): Promise<string[]> | string[];
  /** Every row of the view (all pages), in the page's order, with the list's columns. */
  rows(filters: Filters, client: PrismaClient): Promise<ExportRows>;
  /** When the list's newest record was last written. */
  asOf(client: PrismaClient): Promise<Date | null>;
};

/**
 * How a feed follows a list whose records editors change (lib/feeds/lists.ts): the revisions of
 * `entity` whose records the view holds are its entries.
 */
export type ListFollow<Filters> = {
  entity: 'deal' | 'instrument' | 'source';
  /** The view as a feed follows it: order, page, layout and a past day mean nothing to a feed (it follows what changes now). */
  follow(filters: Filters): Filters;
  /** Of these records (by the key their revisions name), those the view holds, with their titles. */
  inView(filters: Filters, keys: string[], client: PrismaClient): Promise<Array<{ key: string; title: string; titleKo: string | null }>>;
  /** A record's page. */
  href(key: string): string;
};

/** "by value, descending" (`t` reads the `views` messages); nothing for the list's default order. */
export function sortPart(t: Translate, sort: string, defaultSort: string, column: (key: string) => string): string[] {
  if (sort === defaultSort) return [];
  const descending = sort.startsWith('-');
  return [t(descending ? 'sortDescending' : 'sortAscending', { column: column(sort.replace(/^-/, '')) })];
}

export const listOf = (values: string[]) => values.join(', ');

async function* once<T>(rows: T[]) {
  yield rows;
}

/** The export of a list that is read whole (tens of rows, not thousands). */
export async function wholeRows<T>(columns: Column<T>[], rows: Promise<T[]>): Promise<ExportRows> {
  const all = await rows;
  return { columns: columns as Column<never>[], total: all.length, batches: once(all) };
}
