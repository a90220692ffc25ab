// The tracker form as flat fields: what a recommendation's state looks like in a form, how a stale
// save is merged field by field (the editor's own changes onto the current version), and how the
// submitted fields become the one change `applyRecommendationChange` saves. The form, the page and
// the conflict answer all read the fields from here, so they cannot drift apart.
import { type Actor, actors } from '@/lib/schemas/actors';
import type { SavedChange } from './saves';

export type FormValues = Record<string, string | string[]>;

/** The fields that hold state, each also sent as `base:<name>` with the value the form loaded. */
export const BASE = 'base:';
/** The done milestones: the one field with several values. */
export const DONE = 'doneMilestones';
/** A milestone's own fields: `m.<slug>.<part>`. */
export const milestoneParts = ['title', 'titleKo', 'actor', 'target', 'doneOn', 'position', 'retired'] as const;
export type MilestonePart = (typeof milestoneParts)[number];
export const milestoneField = (slug: string, part: MilestonePart) => `m.${slug}.${part}`;
/** The fields of a milestone to add. */
export const newMilestoneParts = ['title', 'titleKo', 'actor', 'target'] as const;
export const newField = (part: (typeof newMilestoneParts)[number]) => `new.${part}`;
/**
 * The fields of a response to record, one set per actor (`response.<actor>.<part>`), so that one save
 * records each actor's response: typed, not state (nothing to merge).
 */
export const responseParts = ['respondedOn', 'position', 'positionKo', 'evidenceUrl'] as const;
export type ResponsePart = (typeof responseParts)[number];
export const responseField = (actor: string, part: ResponsePart) => `response.${actor}.${part}`;
/** The responses ticked to retire, by id: the other field with several values. */
export const RETIRE_RESPONSES = 'retireResponses';

/**
 * What the editor types that is no state, kept as typed when a stale save comes back merged: the
 * note, evidence, closure reason, the milestone to add and every actor's response to record.
 */
export const typedFieldNames = ['note', 'evidenceUrl', 'closureReason', ...newMilestoneParts.map(newField), ...actors.flatMap((actor) => responseParts.map((part) => responseField(actor, part)))];

/** A day as `YYYY-MM-DD`. */
export const dayText = (date: Date) => date.toISOString().slice(0, 10);

/** A target date as the form and the history write it: the month, or the day when one was given. */
export function targetText(date: Date | null): string | null {
  if (!date) return null;
  const day = dayText(date);
  return day.endsWith('-01') ? day.slice(0, 7) : day;
}

export type StoredState = {
  stage: string;
  priority: boolean;
  milestones: ReadonlyArray<{ slug: string; title: string; titleKo: string | null; actor: string; targetDate: Date | null; doneAt: Date | null; retiredAt: Date | null }>;
};

/** A recommendation as stored, as the tracker form's state fields (milestones in their stored order). */
export function stateFields(rec: StoredState): FormValues {
  const values: FormValues = { stage: rec.stage, priority: rec.priority ? 'yes' : '', [DONE]: rec.milestones.filter((m) => m.doneAt && !m.retiredAt).map((m) => m.slug) };
  let position = 0;
  for (const m of rec.milestones) {
    const f = (part: MilestonePart, value: string) => (values[milestoneField(m.slug, part)] = value);
    f('title', m.title);
    f('titleKo', m.titleKo ?? '');
    f('actor', m.actor);
    f('target', targetText(m.targetDate) ?? '');
    f('doneOn', m.doneAt ? dayText(m.doneAt) : '');
    f('position', m.retiredAt ? '' : String((position += 1)));
    f('retired', m.retiredAt ? 'yes' : '');
  }
  return values;
}

/** The state fields a submitted form carries: the names of its `base:` fields, with the values typed and loaded. */
export function submittedFields(form: FormData): { base: FormValues; mine: FormValues } {
  const base: FormValues = {};
  const mine: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (!key.startsWith(BASE)) continue;
    const name = key.slice(BASE.length);
    const strings = (k: string) => form.getAll(k).filter((v): v is string => typeof v === 'string');
    base[name] = name === DONE ? strings(key).filter(Boolean) : (strings(key)[0] ?? '');
    // An unticked checkbox sends nothing: absent is "no" ('').
    mine[name] = name === DONE ? strings(name) : (strings(name)[0] ?? '');
  }
  return { base, mine };
}

/**
 * The editor's change carried onto the current version, field by field: a field the editor changed
 * (theirs differs from what their form loaded) keeps their value; every other field takes the
 * current one. Done milestones merge as a set: the editor's ticks and unticks, nobody else's undone.
 */
export function mergeFields(current: FormValues, base: FormValues, mine: FormValues): FormValues {
  const merged: FormValues = {};
  for (const [name, now] of Object.entries(current)) {
    if (name === DONE) {
      const done = new Set(now as string[]);
      const before = new Set((base[DONE] as string[] | undefined) ?? []);
      const after = new Set((mine[DONE] as string[] | undefined) ?? []);
      for (const slug of after) if (!before.has(slug)) done.add(slug);
      for (const slug of before) if (!after.has(slug)) done.delete(slug);
      merged[name] = [...done];
    } else {
      merged[name] = name in base && name in mine && mine[name] !== base[name] ? mine[name]! : now;
    }
  }
  return merged;
}

/** The fields the editor changed, relative to what their form loaded: `[name, from, to]`. */
export function changedFields(base: FormValues, mine: FormValues): Array<[string, string | string[], string | string[]]> {
  return Object.keys(base)
    .filter((name) => (name === DONE ? [...(base[name] as string[])].sort().join() !== [...(mine[name] as string[])].sort().join() : base[name] !== mine[name]))
    .map((name) => [name, base[name]!, mine[name]!]);
}

/** The milestones' slugs the fields name, in the order the form lists them. */
export function milestoneSlugs(values: FormValues): string[] {
  return Object.keys(values)
    .map((name) => /^m\.([a-z0-9-]+)\.title$/.exec(name)?.[1])
    .filter((slug): slug is string => Boolean(slug));
}

/**
 * The change a submitted form asks for, as the input `recommendationChangeSchema` parses: the state
 * fields as they should be after the save (the write path compares them with the stored state, which
 * the compare-and-set guarantees is the version the form loaded), the typed note, evidence, closure
 * reason and the milestone to add. Order: active milestones by the position typed, ties as listed.
 */
export function changeInput(mine: FormValues, typed: (name: string) => string, expectedVersion: unknown, retireResponses: readonly string[] = []) {
  const text = (name: string) => (typeof mine[name] === 'string' ? (mine[name] as string) : '');
  const slugs = milestoneSlugs(mine);
  const active = slugs.filter((slug) => text(milestoneField(slug, 'retired')) !== 'yes');
  const place = (slug: string) => {
    const n = Number(text(milestoneField(slug, 'position')));
    return Number.isFinite(n) && text(milestoneField(slug, 'position')) !== '' ? n : Number.MAX_SAFE_INTEGER;
  };
  const order = active.map((slug, i) => ({ slug, at: place(slug), i })).sort((a, b) => a.at - b.at || a.i - b.i).map((o) => o.slug);
  const added = newMilestoneParts.some((part) => typed(newField(part)) && part !== 'actor') ? [{ title: typed(newField('title')), titleKo: typed(newField('titleKo')), actor: typed(newField('actor')), targetDate: typed(newField('target')) }] : [];
  // An actor's response is recorded once anything is typed in its fields; the others are left empty.
  const responses = actors
    .map((actor) => ({ actor, ...(Object.fromEntries(responseParts.map((part) => [part, typed(responseField(actor, part))])) as Record<ResponsePart, string>) }))
    .filter((response) => responseParts.some((part) => response[part].trim()));
  // A form loaded before the responses were per actor sends one, with its actor chosen
  // (`response.actor`, `response.<part>`): it is that actor's, not dropped without a word.
  const legacyActor = typed('response.actor');
  if (legacyActor && !responses.some((r) => r.actor === legacyActor) && responseParts.some((part) => typed(`response.${part}`).trim())) {
    responses.push({ actor: legacyActor as (typeof actors)[number], ...(Object.fromEntries(responseParts.map((part) => [part, typed(`response.${part}`)])) as Record<ResponsePart, string>) });
  }
  return {
    expectedVersion,
    stage: text('stage') || undefined,
    priority: 'priority' in mine ? text('priority') === 'yes' : undefined,
    doneMilestones: (mine[DONE] as string[] | undefined) ?? undefined,
    milestones: slugs.length
      ? slugs.map((slug) => ({
          slug,
          title: text(milestoneField(slug, 'title')),
          titleKo: text(milestoneField(slug, 'titleKo')),
          actor: text(milestoneField(slug, 'actor')),
          targetDate: text(milestoneField(slug, 'target')),
          doneOn: text(milestoneField(slug, 'doneOn')),
          retired: text(milestoneField(slug, 'retired')) === 'yes',
        }))
      : undefined,
    order: slugs.length ? order : undefined,
    addMilestones: added.length ? added : undefined,
    addResponses: responses.length ? responses.map((response) => ({ ...response, positionKo: response.positionKo || undefined })) : undefined,
    // Ids as the form sends them; anything that is no id is refused by the schema.
    retireResponses: retireResponses.length ? retireResponses.map((id) => (/^[1-9]\d{0,14}$/.test(id) ? Number(id) : id)) : undefined,
    note: typed('note'),
    evidenceUrl: typed('evidenceUrl') || undefined,
    closureReason: typed('closureReason') || undefined,
  };
}

/**
 * Where a field of the change schema is typed in the form: `milestones.2.title` → `m.<slug>.title`,
 * `addResponses.1.position` → `response.<actor>.position` (`responders`: the actors of the change's
 * responses, in its order).
 */
export function formFieldOf(slugs: readonly string[], responders: readonly Actor[] = []) {
  const parts: Record<string, MilestonePart> = { targetDate: 'target', doneOn: 'doneOn', title: 'title', titleKo: 'titleKo', actor: 'actor', retired: 'retired' };
  return (path: PropertyKey[]): string => {
    const [head, index, part] = path;
    if (head === 'milestones' && typeof index === 'number' && slugs[index]) return milestoneField(slugs[index], parts[String(part)] ?? 'title');
    if (head === 'addMilestones') return newField(part === 'targetDate' ? 'target' : (String(part) as 'title'));
    if (head === 'addResponses') {
      const actor = typeof index === 'number' ? responders[index] : undefined;
      // A refusal of the list itself (or of an actor, never typed) belongs to the responses as a whole.
      return actor && (responseParts as readonly unknown[]).includes(part) ? responseField(actor, part as ResponsePart) : 'addResponses';
    }
    return String(head ?? '');
  };
}


/**
 * The editor's own changes (`mine` against `base`) as history changes, so that they are worded
 * exactly as the history words them: a stale save shows them beside what changed meanwhile.
 */
export function ownChanges(base: FormValues, mine: FormValues, titles: ReadonlyMap<string, { title: string; titleKo: string | null }>): SavedChange[] {
  const changes: SavedChange[] = [];
  const change = (kind: string, fromValue: string | null, toValue: string | null, slug?: string, field: string | null = null) =>
    changes.push({ kind, field, fromValue, toValue, effectiveAt: null, milestone: slug ? (titles.get(slug) ?? { title: slug, titleKo: null }) : null, response: null });
  const fields: Record<string, string> = { title: 'title', titleKo: 'titleKo', actor: 'actor', target: 'targetDate', doneOn: 'doneAt' };
  let reordered = false;
  for (const [name, from, to] of changedFields(base, mine)) {
    if (name === 'stage') change('stage', from as string, to as string);
    else if (name === 'priority') change('priority', from ? 'yes' : 'no', to ? 'yes' : 'no');
    else if (name === DONE) {
      const before = new Set(from as string[]);
      const after = new Set(to as string[]);
      for (const slug of after) if (!before.has(slug)) change('milestone', 'open', 'done', slug);
      for (const slug of before) if (!after.has(slug)) change('milestone', 'done', 'open', slug);
    } else {
      const [, slug, part] = /^m\.([a-z0-9-]+)\.(\w+)$/.exec(name) ?? [];
      if (!slug || !part) continue;
      if (part === 'retired') change(to === 'yes' ? 'milestone-retire' : 'milestone-restore', null, null, slug);
      else if (part === 'position') reordered = true;
      else if (fields[part]) change('milestone-edit', (from as string) || null, (to as string) || null, slug, fields[part]);
    }
  }
  if (reordered) change('order', null, null);
  return changes;
}
