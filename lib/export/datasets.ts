// What each list exports: its rows (all pages of the view, in the view's order) with the columns its
// record module defines (lib/records), the same in CSV and JSON. Each list says how it reads them
// (lib/lists); this turns rows into cells.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type ListFilters, type ListKind, listOfKind } from '@/lib/lists';
import type { ExportRows } from '@/lib/lists/spec';
import type { Cell, Column } from '@/lib/records/column';

export type { ExportRows };

/** Every row of a view (all pages), in the page's order, with the list's columns. */
export function loadExport<K extends ListKind>(kind: K, filters: ListFilters[K], client: PrismaClient = db): Promise<ExportRows> {
  return listOfKind(kind).rows(filters, client);
}

/** A row's cells, in column order. */
export function rowCells(columns: Column<never>[], row: unknown, origin: string): Cell[] {
  return columns.map((c) => c.value(row as never, origin));
}

/** A row as a JSON object with the export's column names (lists stay arrays). */
export function rowObject(columns: Column<never>[], row: unknown, origin: string): Record<string, Cell> {
  return Object.fromEntries(columns.map((c) => [c.name, c.value(row as never, origin)]));
}
