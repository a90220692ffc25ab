// What each list exports: its rows (all pages of the view, in the view's order) and their columns.
// Column names are stable and snake_case, the same in CSV and JSON; dates are ISO 8601.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type DealExportRow, dealExportBatches } from '@/lib/queries/deals';
import { type InstrumentListItem, listInstruments } from '@/lib/queries/instruments';
import { type RecommendationListItem, listRecommendations } from '@/lib/queries/recommendations';
import { type SourceEntry, listSources } from '@/lib/queries/sources';
import { type DatePrecision, formatPartialDate } from '@/lib/schemas/common';
import { isStale, milestoneProgress } from '@/lib/tracker/progress';
import type { ListFilters, ListKind } from '@/lib/views/lists';
import type { Cell } from './csv';

export type Column<Row> = { name: string; value: (row: Row, origin: string) => Cell };

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const isoInstant = (date: Date | null) => (date ? date.toISOString() : null);

export const dealColumns: Column<DealExportRow>[] = [
  { name: 'slug', value: (d) => d.slug },
  { name: 'title', value: (d) => d.title },
  { name: 'title_ko', value: (d) => d.titleKo },
  { name: 'system', value: (d) => d.system },
  { name: 'domain', value: (d) => d.domain },
  { name: 'cooperation_type', value: (d) => d.cooperationType },
  { name: 'stage', value: (d) => d.stage },
  { name: 'partner_country', value: (d) => d.partnerCountryCode },
  { name: 'organisations', value: (d) => d.organisations.map((o) => `${o.organisation.slug}:${o.role}`) },
  { name: 'date', value: (d) => (d.date ? formatPartialDate(d.date, (d.datePrecision ?? 'day') as DatePrecision) : null) },
  { name: 'value_amount', value: (d) => d.valueAmount },
  { name: 'value_currency', value: (d) => d.valueCurrency },
  { name: 'value_text', value: (d) => d.valueText },
  { name: 'value_source', value: (d) => d.valueSource?.slug ?? null },
  { name: 'localisation', value: (d) => d.localisation },
  { name: 'technology_transfer', value: (d) => d.technologyTransfer },
  { name: 'summary', value: (d) => d.summary },
  { name: 'summary_ko', value: (d) => d.summaryKo },
  { name: 'sources', value: (d) => d.sources.map((s) => s.slug) },
  { name: 'updated_at', value: (d) => isoInstant(d.updatedAt) },
  { name: 'url', value: (d, origin) => `${origin}/deals/${d.slug}` },
];

export const instrumentColumns: Column<InstrumentListItem>[] = [
  { name: 'code', value: (i) => i.code },
  { name: 'acronym', value: (i) => i.acronym },
  { name: 'name', value: (i) => i.name },
  { name: 'name_ko', value: (i) => i.nameKo },
  { name: 'owner', value: (i) => i.owner },
  { name: 'kind', value: (i) => i.kind },
  { name: 'budget_amount', value: (i) => i.budgetAmount },
  { name: 'budget_currency', value: (i) => i.budgetCurrency },
  { name: 'budget_text', value: (i) => i.budgetText },
  { name: 'budget_source', value: (i) => i.budgetSource?.slug ?? null },
  { name: 'period_start', value: (i) => i.periodStart },
  { name: 'period_end', value: (i) => i.periodEnd },
  { name: 'third_country_terms', value: (i) => i.thirdCountryTerms },
  { name: 'access_level', value: (i) => i.accessLevel },
  { name: 'access_note', value: (i) => i.accessNote },
  { name: 'access_note_ko', value: (i) => i.accessNoteKo },
  { name: 'summary', value: (i) => i.summary },
  { name: 'summary_ko', value: (i) => i.summaryKo },
  { name: 'updated_at', value: (i) => isoInstant(i.updatedAt) },
  { name: 'url', value: (i, origin) => `${origin}/instruments/${i.code}` },
];

export const recommendationColumns: Column<RecommendationListItem>[] = [
  { name: 'number', value: (r) => r.number },
  { name: 'title', value: (r) => r.title },
  { name: 'title_ko', value: (r) => r.titleKo },
  { name: 'stage', value: (r) => r.stage },
  { name: 'actors', value: (r) => r.actors.map((a) => a.actor) },
  { name: 'milestones_done', value: (r) => milestoneProgress(r.milestones).done },
  { name: 'milestones_total', value: (r) => milestoneProgress(r.milestones).total },
  { name: 'progress_percent', value: (r) => milestoneProgress(r.milestones).percent },
  { name: 'last_reviewed_on', value: (r) => isoDay(r.lastReviewedAt) },
  { name: 'stale', value: (r) => isStale(r.lastReviewedAt) },
  { name: 'version', value: (r) => r.version },
  { name: 'updated_at', value: (r) => isoInstant(r.updatedAt) },
  { name: 'url', value: (r, origin) => `${origin}/recommendations/${r.number}` },
];

export const sourceColumns: Column<SourceEntry>[] = [
  { name: 'slug', value: (s) => s.slug },
  { name: 'kind', value: (s) => s.kind },
  { name: 'authors', value: (s) => s.authors },
  { name: 'title', value: (s) => s.title },
  { name: 'publisher', value: (s) => s.publisher },
  { name: 'published_on', value: (s) => s.publishedOn },
  { name: 'url', value: (s) => s.url },
  { name: 'footnotes', value: (s) => s.footnotes.map((f) => String(f.number)) },
  { name: 'note', value: (s) => s.note },
  { name: 'updated_at', value: (s) => isoInstant(s.updatedAt) },
];

/** An export's rows: how many, then the rows themselves in order, a batch at a time. */
export type ExportRows = { columns: Column<never>[]; total: number; batches: AsyncIterable<unknown[]> };
type Loader<K extends ListKind> = (filters: ListFilters[K], client: PrismaClient) => Promise<ExportRows>;

async function* once<T>(rows: T[]) {
  yield rows;
}
const whole = async <T,>(columns: Column<T>[], rows: Promise<T[]>): Promise<ExportRows> => {
  const all = await rows;
  return { columns: columns as Column<never>[], total: all.length, batches: once(all) };
};

const loaders: { [K in ListKind]: Loader<K> } = {
  // Deals can number in the hundreds of thousands: read in batches, as the response is written.
  deals: async (f, client) => ({ columns: dealColumns as Column<never>[], ...(await dealExportBatches(f, client)) }),
  instruments: (f, client) => whole(instrumentColumns, listInstruments(f, client)),
  recommendations: (f, client) => whole(recommendationColumns, listRecommendations(f, client)),
  sources: (f, client) => whole(sourceColumns, listSources(f, client)),
};

/** Every row of a view (all pages), in the page's order, with the list's columns. */
export async function loadExport<K extends ListKind>(kind: K, filters: ListFilters[K], client: PrismaClient = db): Promise<ExportRows> {
  return (loaders[kind] as Loader<K>)(filters, client);
}

/** A row's cells, in column order. */
export function rowCells(columns: Column<never>[], row: unknown, origin: string): Cell[] {
  return columns.map((c) => c.value(row as never, origin));
}

/** A row as a JSON object with the export's column names (lists stay arrays). */
export function rowObject(columns: Column<never>[], row: unknown, origin: string): Record<string, Cell> {
  return Object.fromEntries(columns.map((c) => [c.name, c.value(row as never, origin)]));
}
