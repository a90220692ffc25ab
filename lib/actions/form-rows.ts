// A form's rows of inputs (a deal's events, the claims beside its links) read back into the flat
// value the record parses: a line per row (lib/editing/rows.ts), in the order the form shows them.
import { joinRows } from '@/lib/editing/rows';

const texts = (form: FormData, name: string) => form.getAll(name).map((v) => (typeof v === 'string' ? v : ''));

/**
 * Rows whose inputs are named `<name>.<part>`, one of each per row (`events.date`…); rows left
 * empty, and rows whose "remove" box (`<name>.remove`, valued by the row's index) is ticked, are left out.
 */
export function repeatedRows(form: FormData, name: string, parts: readonly string[]): string {
  const removed = new Set(texts(form, `${name}.remove`));
  const columns = parts.map((part) => texts(form, `${name}.${part}`));
  const count = Math.max(0, ...columns.map((c) => c.length));
  return joinRows(Array.from({ length: count }, (_, i) => (removed.has(String(i)) ? [] : columns.map((c) => c[i] ?? ''))));
}

/**
 * Rows keyed by an id, whose inputs are named `<name>.<id>.<part>` (`instruments.edf.basis`): a line
 * per id with anything typed, whether or not its link is ticked (the record drops a claim whose
 * link is not), so that a refused form shows all that was typed.
 */
export function keyedRows(form: FormData, name: string, parts: readonly string[]): string {
  const ids = new Set<string>();
  for (const key of form.keys()) {
    const part = parts.find((p) => key.startsWith(`${name}.`) && key.endsWith(`.${p}`) && key.length > name.length + p.length + 2);
    if (part) ids.add(key.slice(name.length + 1, key.length - part.length - 1));
  }
  const rows = [...ids].map((id) => parts.map((part) => texts(form, `${name}.${id}.${part}`)[0] ?? ''));
  return joinRows([...ids].flatMap((id, i) => (rows[i]!.some((cell) => cell.trim()) ? [[id, ...rows[i]!]] : [])));
}
