// One save on a recommendation is one entry of its history: the rows a save writes (one per stage or
// milestone it moved, all with the version it produced) are read back together, the note once.
import { formatPartial, localised } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';

export type SavedRow = {
  id: number;
  recommendationId: number;
  version: number;
  at: Date;
  authorName: string;
  kind: string;
  field: string | null;
  fromValue: string | null;
  toValue: string | null;
  note: string;
  evidenceUrl: string | null;
  effectiveAt: Date | null;
  milestone: { slug?: string; title: string; titleKo: string | null } | null;
  /** response, response-retire: the response recorded or retired (absent where a read does not join it). */
  response?: SavedResponse | null;
};

/** A response as a history entry words it. */
export type SavedResponse = { id?: number; actor: string; respondedOn: Date; position: string; positionKo: string | null };

export type SavedChange = Pick<SavedRow, 'kind' | 'field' | 'fromValue' | 'toValue' | 'effectiveAt' | 'milestone' | 'response'>;

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
    if (row.kind !== 'review') save.changes.push({ kind: row.kind, field: row.field, fromValue: row.fromValue, toValue: row.toValue, effectiveAt: row.effectiveAt, milestone: row.milestone, response: row.response ?? null });
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
 * One change in words, in the reader's language: "Status — In progress → Stalled", "Milestone: … —
 * not done → done (on 3 March 2026)", "Milestone: … — Target: 2026-06 → 2026-09", "Milestones
 * reordered", "Response — NATO, 3 March 2026: …". Pages, conflicts and feeds all word a change here.
 */
export function describeChange(change: SavedChange, locale: string): string {
  const t = translatorFor(locale, 'tracker');
  const vocab = translatorFor(locale, 'vocab');
  const title = change.milestone ? localised(locale, change.milestone.title, change.milestone.titleKo).text : '';
  const or = (v: string | null, word: (v: string) => string) => (v === null || v === '' ? '—' : word(v));
  switch (change.kind) {
    case 'stage':
      return `${t('kind.stage')} — ${or(change.fromValue, (v) => vocab(`recommendationStage.${v}`))} → ${or(change.toValue, (v) => vocab(`recommendationStage.${v}`))}`;
    case 'milestone': {
      const on = change.effectiveAt && change.toValue === 'done' ? ` (${t('doneOn', { date: formatPartial(change.effectiveAt, 'day', locale) })})` : '';
      return `${t('kind.milestone')}: ${title} — ${t(`milestoneState.${change.fromValue}`)} → ${t(`milestoneState.${change.toValue}`)}${on}`;
    }
    case 'milestone-edit': {
      const field = change.field ?? 'title';
      const value = (v: string) => (field === 'actor' ? vocab(`actor.${v}`) : v);
      return `${t('kind.milestone-edit')}: ${title} — ${t(`milestoneField.${field}`)}: ${or(change.fromValue, value)} → ${or(change.toValue, value)}`;
    }
    case 'milestone-add':
    case 'milestone-retire':
    case 'milestone-restore':
      return `${t(`kind.${change.kind}`)}: ${title}`;
    case 'order':
      return t('kind.order');
    case 'priority':
      return `${t('kind.priority')} — ${t(`priorityState.${change.fromValue}`)} → ${t(`priorityState.${change.toValue}`)}`;
    case 'closure':
      return `${t('kind.closure')}: ${change.toValue ?? ''}`;
    case 'response':
    case 'response-retire': {
      const r = change.response;
      if (!r) return t(`kind.${change.kind}`);
      return `${t(`kind.${change.kind}`)} — ${vocab(`actor.${r.actor}`)}, ${formatPartial(r.respondedOn, 'day', locale)}: ${localised(locale, r.position, r.positionKo).text}`;
    }
    default:
      return t('kind.review');
  }
}

/** A save's changes in words, or "Reviewed" for a save that changed nothing. */
export function describeSave(save: Pick<TrackerSave, 'changes'>, locale: string): string[] {
  return save.changes.length ? save.changes.map((c) => describeChange(c, locale)) : [translatorFor(locale, 'tracker')('kind.review')];
}
