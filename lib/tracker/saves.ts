// One save on a recommendation is one entry of its history: the rows a save writes (one per stage or
// milestone it moved, all with the version it produced) are read back together, the note once.
import type { Translate } from '@/lib/i18n/translator';
import { localised } from '@/lib/format';

export type SavedRow = {
  id: number;
  recommendationId: number;
  version: number;
  at: Date;
  authorName: string;
  kind: string;
  fromValue: string | null;
  toValue: string | null;
  note: string;
  evidenceUrl: string | null;
  milestone: { slug?: string; title: string; titleKo: string | null } | null;
};

export type SavedChange = Pick<SavedRow, 'kind' | 'fromValue' | 'toValue' | 'milestone'>;

/** A save as readers see it: when, who, why, the evidence, and every change it made. */
export type TrackerSave = {
  /** The id of the save's first row: stable, so a feed entry keeps its id. */
  id: number;
  recommendationId: number;
  version: number;
  at: Date;
  authorName: string;
  note: string;
  evidenceUrl: string | null;
  /** What it changed; a review alone changes nothing and has none. */
  changes: SavedChange[];
};

/** Rows grouped into saves, keeping the order in which each save first appears. */
export function groupSaves<Row extends SavedRow>(rows: readonly Row[]): TrackerSave[] {
  const saves = new Map<string, TrackerSave>();
  for (const row of rows) {
    const key = `${row.recommendationId}:${row.version}`;
    let save = saves.get(key);
    if (!save) {
      save = { id: row.id, recommendationId: row.recommendationId, version: row.version, at: row.at, authorName: row.authorName, note: row.note, evidenceUrl: row.evidenceUrl, changes: [] };
      saves.set(key, save);
    }
    save.id = Math.min(save.id, row.id);
    save.evidenceUrl ??= row.evidenceUrl;
    if (row.kind !== 'review') save.changes.push({ kind: row.kind, fromValue: row.fromValue, toValue: row.toValue, milestone: row.milestone });
  }
  return [...saves.values()];
}

/**
 * Complete saves from rows read newest first up to `limit`: when the read stopped at the limit, the
 * oldest save it reached may be cut short, and is left out rather than shown half.
 */
export function completeSaves<Row extends SavedRow>(rows: readonly Row[], limit: number): TrackerSave[] {
  const saves = groupSaves(rows);
  return rows.length >= limit && saves.length > 1 ? saves.slice(0, -1) : saves;
}

/**
 * One change in words: "Status — In progress → Stalled", "Milestone: … — not done → done".
 * `tracker` words the `tracker` messages, `stages` the `vocab.recommendationStage` ones.
 */
export function describeChange(change: SavedChange, locale: string, tracker: Translate, stages: Translate): string {
  const value = (v: string | null) => (v === null ? '—' : change.kind === 'stage' ? stages(v) : change.kind === 'milestone' ? tracker(`milestoneState.${v}`) : v);
  const title = change.milestone ? `: ${localised(locale, change.milestone.title, change.milestone.titleKo).text}` : '';
  return `${tracker(`kind.${change.kind}`)}${title} — ${value(change.fromValue)} → ${value(change.toValue)}`;
}

/** A save's changes in words, or "Reviewed" for a save that changed nothing. */
export function describeSave(save: Pick<TrackerSave, 'changes'>, locale: string, tracker: Translate, stages: Translate): string[] {
  return save.changes.length ? save.changes.map((c) => describeChange(c, locale, tracker, stages)) : [tracker('kind.review')];
}
