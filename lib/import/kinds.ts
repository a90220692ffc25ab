// Which kind of record a CSV holds, told from its header: a file is importable when its columns are
// those of an export (deals, instruments, sources) whose kind of record has an editor.
import type { Column } from '@/lib/records/column';
import { dealColumns } from '@/lib/records/deal';
import { instrumentColumns } from '@/lib/records/instrument';
import { sourceColumns } from '@/lib/records/source';
import { editorFor } from '@/lib/records/registry';
import type { AnyEditor, Entity } from '@/lib/editing/types';
import type { FileProblem } from './types';

type ImportKind = { entity: Entity; exportColumns: readonly string[] };

const names = (columns: Column<never>[]) => columns.map((c) => c.name);

/** The exports a file can come from, with the kind of record each row of it is. */
const exportsByEntity: ImportKind[] = [
  { entity: 'deal', exportColumns: names(dealColumns as Column<never>[]) },
  { entity: 'instrument', exportColumns: names(instrumentColumns as Column<never>[]) },
  { entity: 'source', exportColumns: names(sourceColumns as Column<never>[]) },
];

export type Layout = {
  editor: AnyEditor;
  /** The editor field each column fills, or null for a column the import reads past (updated_at, url). */
  fieldOfColumn: Array<string | null>;
  keyField: string;
};

/** The kinds of record the import takes: those with an export and an editor. */
export function importableKinds(): Array<ImportKind & { editor: AnyEditor }> {
  return exportsByEntity.flatMap((k) => {
    const editor = editorFor(k.entity);
    return editor ? [{ ...k, editor }] : [];
  });
}

/**
 * The layout of a header, or what is wrong with it. Every export column the editor saves is
 * required, so an empty cell always means "empty" and never "left out" (but columns older exports
 * lack, such as the basis of each value, may be left out: the row keeps what is stored); editor fields the export
 * lacks (an instrument's sources) may be added; export-only columns are accepted and ignored.
 */
export function layoutOf(header: string[]): { ok: true; layout: Layout } | { ok: false; problems: FileProblem[] } {
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (repeated.length) return { ok: false, problems: [{ code: 'duplicateColumns', params: { columns: [...new Set(repeated)].join(', ') } }] };

  const candidates = importableKinds().map((kind) => {
    const fields = kind.editor.fields.map((f) => f.name);
    const known = new Set([...kind.exportColumns, ...fields]);
    const later = new Set(kind.editor.fields.filter((f) => f.laterColumn).map((f) => f.name));
    const required = kind.exportColumns.filter((c) => fields.includes(c) && !later.has(c));
    return {
      kind,
      fields,
      overlap: header.filter((h) => known.has(h)).length,
      missing: required.filter((c) => !header.includes(c)),
      unknown: header.filter((h) => !known.has(h)),
    };
  });
  const best = candidates.sort((a, b) => b.overlap - a.overlap || a.missing.length - b.missing.length)[0];
  const keyField = best?.kind.editor.fields.find((f) => f.key)?.name;
  if (!best || !keyField || best.overlap < 2 || !header.includes(keyField)) {
    return { ok: false, problems: [{ code: 'unknownKind', params: { kinds: importableKinds().map((k) => k.entity).join(', ') } }] };
  }
  const problems: FileProblem[] = [];
  if (best.missing.length) problems.push({ code: 'missingColumns', params: { columns: best.missing.join(', '), entity: best.kind.entity } });
  if (best.unknown.length) problems.push({ code: 'unknownColumns', params: { columns: best.unknown.join(', '), entity: best.kind.entity } });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    layout: { editor: best.kind.editor, keyField, fieldOfColumn: header.map((h) => (best.fields.includes(h) ? h : null)) },
  };
}
