// "Apply my change on top": only what the editor changed against the version they loaded moves.
import { describe, expect, it } from 'vitest';
import { mergeOnto, ownChanges } from '@/lib/tracker/merge';

describe('mergeOnto', () => {
  const base = { stage: 'in-progress' as const, doneMilestones: ['a'] };
  it('keeps what others changed and carries the editor’s own ticks, unticks and stage move', () => {
    const current = { stage: 'stalled' as const, doneMilestones: ['a', 'b'] };
    const mine = { stage: 'in-progress' as const, doneMilestones: ['c'] };
    // The editor unticked a and ticked c, and left the stage: the other's stage and b stay.
    expect(mergeOnto(current, base, mine)).toEqual({ stage: 'stalled', doneMilestones: ['b', 'c'] });
    expect(ownChanges(base, mine)).toEqual({ stage: null, done: ['c'], undone: ['a'] });
  });

  it('moves the stage when the editor moved it', () => {
    const current = { stage: 'stalled' as const, doneMilestones: ['a'] };
    const mine = { stage: 'partially-implemented' as const, doneMilestones: ['a'] };
    expect(mergeOnto(current, base, mine)).toEqual({ stage: 'partially-implemented', doneMilestones: ['a'] });
    expect(ownChanges(base, mine).stage).toEqual({ from: 'in-progress', to: 'partially-implemented' });
  });
});
