// What others saved while an editor had the form open, one line per saved change. A record's
// revisions and a recommendation's history entries share when (UTC, to the minute), who and why;
// each form words what changed in its own message.

type Saved = { at: Date; authorName: string; note: string };

/** The parts of a line every saved change has, as its message takes them. */
export type SharedParts = { at: string; author: string; note: string };

/** One line per entry of `since`, worded by `line` from the shared parts and the entry itself. */
export function conflictLines<Entry extends Saved>(since: readonly Entry[], line: (shared: SharedParts, entry: Entry) => string): string[] {
  return since.map((entry) => line({ at: entry.at.toISOString().slice(0, 16).replace('T', ' '), author: entry.authorName, note: entry.note }, entry));
}
