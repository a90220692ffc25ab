// A record's flat form: named columns, each a value read from a row. The same names are the form's
// fields, the CSV and JSON export's columns and the import's header, so one definition serves all.

/** One flat value: text, a number, true/false, nothing, or a list (written "a; b"). */
export type Cell = string | number | boolean | null | undefined | readonly string[];

export type Column<Row> = { name: string; value: (row: Row, origin: string) => Cell };

export const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
export const isoInstant = (date: Date | null) => (date ? date.toISOString() : null);
