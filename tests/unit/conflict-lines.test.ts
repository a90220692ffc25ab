// A record's revisions and a recommendation's history entries word their conflict lines with the
// same time (UTC, to the minute), author and note; each form adds what changed in its own words.
import { describe, expect, it } from 'vitest';
import { conflictLines } from '@/lib/actions/conflict-lines';
import { translatorFor } from '@/lib/i18n/translator';

const saved = { at: new Date('2025-03-04T05:06:59Z'), authorName: 'Ed Itor', note: 'Moved it' };

describe('conflictLines', () => {
  it('gives each line its time in UTC to the minute, its author and note, and the entry for the rest', () => {
    const since = [{ ...saved, kind: 'stage' }];
    expect(conflictLines(since, (shared, entry) => `${shared.at} ${shared.author} ${entry.kind} ${shared.note}`)).toEqual(['2025-03-04 05:06 Ed Itor stage Moved it']);
  });

  it('fills both forms’ messages as they were worded before', () => {
    const editing = translatorFor('en', 'editing');
    const tracker = translatorFor('en', 'tracker');
    expect(conflictLines([saved], (shared) => editing('conflictEntry', { ...shared, fields: 'title, stage' }))).toEqual(['2025-03-04 05:06 UTC, Ed Itor: title, stage — “Moved it”']);
    expect(conflictLines([saved], (shared) => tracker('conflictEntry', { ...shared, change: 'Review' }))).toEqual(['2025-03-04 05:06 UTC · Ed Itor: Review — “Moved it”']);
  });
});
