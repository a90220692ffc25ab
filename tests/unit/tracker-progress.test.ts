import { describe, expect, it } from 'vitest';
import { canMove, isStale, milestoneProgress, requiresEvidence } from '@/lib/tracker/progress';

describe('milestoneProgress', () => {
  it('derives progress from done milestones', () => {
    const d = new Date('2026-01-01');
    expect(milestoneProgress([{ doneAt: d }, { doneAt: null }, { doneAt: null }])).toEqual({ done: 1, total: 3, percent: 33 });
    expect(milestoneProgress([{ doneAt: d }, { doneAt: d }])).toEqual({ done: 2, total: 2, percent: 100 });
  });

  it('is zero, not NaN, with no milestones', () => {
    expect(milestoneProgress([])).toEqual({ done: 0, total: 0, percent: 0 });
  });
});

describe('stage rules', () => {
  it('lets in-progress and stalled move both ways', () => {
    expect(canMove('in-progress', 'stalled')).toBe(true);
    expect(canMove('stalled', 'in-progress')).toBe(true);
  });

  it('refuses skipping from not started straight to implemented, and standing still', () => {
    expect(canMove('not-started', 'implemented')).toBe(false);
    expect(canMove('in-progress', 'in-progress')).toBe(false);
  });

  it('allows superseding from any stage', () => {
    for (const from of ['not-assessed', 'not-started', 'in-progress', 'stalled', 'partially-implemented', 'implemented'] as const) {
      expect(canMove(from, 'superseded')).toBe(true);
    }
  });

  it('requires evidence only for the implemented stages', () => {
    expect(requiresEvidence('implemented')).toBe(true);
    expect(requiresEvidence('partially-implemented')).toBe(true);
    expect(requiresEvidence('in-progress')).toBe(false);
  });
});

describe('isStale', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  it('flags an assessed recommendation whose last assessment is more than 90 days old', () => {
    expect(isStale(new Date('2026-08-30T12:00:00Z'), now, 'in-progress')).toBe(false);
    expect(isStale(new Date('2026-08-30T11:00:00Z'), now, 'in-progress')).toBe(true);
    expect(isStale(new Date('2026-08-30T11:00:00Z'), now)).toBe(true);
  });

  it('never flags a recommendation that has not been assessed: never reviewed, or still "not assessed"', () => {
    expect(isStale(null, now)).toBe(false);
    expect(isStale(null, now, 'implemented')).toBe(false);
    expect(isStale(new Date('2020-01-01T00:00:00Z'), now, 'not-assessed')).toBe(false);
  });
});
