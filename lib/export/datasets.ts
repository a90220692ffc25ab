// What each list exports: its rows (all pages of the view, in the view's order) with the columns its
// record module defines (lib/records), the same in CSV and JSON.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { dealExportBatches } from '@/lib/queries/deals';
import { listInstruments } from '@/lib/queries/instruments';
import { listRecommendations } from '@/lib/queries/recommendations';
import { listSources } from '@/lib/queries/sources';
import type { Cell, Column } from '@/lib/records/column';
import { dealColumns } from '@/lib/records/deal';
import { instrumentColumns } from '@/lib/records/instrument';
import { recommendationColumns } from '@/lib/records/recommendation';
import { sourceColumns } from '@/lib/records/source';
import type { ListFilters, ListKind } from '@/lib/views/lists';


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
