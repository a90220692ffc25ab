// "Back to the list" keeps the reader's view, and only ever leads to that same list on this site.
import { describe, expect, it } from 'vitest';
import { backToList, fromParam } from '@/lib/views/back-link';

describe('backToList', () => {
  it('returns to the filtered view the reader came from, in its canonical form', () => {
    expect(backToList('deals', '/deals?country=PL&type=licensed-production&sort=title')).toBe('/deals?country=PL&type=licensed-production&sort=title');
    expect(backToList('deals', '/deals?sort=title&country=PL')).toBe('/deals?country=PL&sort=title');
    expect(backToList('instruments', '/instruments?owner=NATO&view=table')).toBe('/instruments?owner=NATO&view=table');
  });

  it('leads to the list itself for anything that is not a path of that list', () => {
    for (const from of ['https://evil.example/deals', '//evil.example/deals', '/\\evil.example', '/deals/../admin', '/instruments?owner=EU', 'javascript:alert(1)', '', undefined, `/deals?q=${'x'.repeat(2000)}`]) {
      expect(backToList('deals', from)).toBe('/deals');
    }
  });

  it('drops parameters the list does not know', () => {
    expect(backToList('deals', '/deals?country=PL&next=https://evil.example')).toBe('/deals?country=PL');
    expect(backToList('deals', ['/deals?country=RO', '/deals?country=PL'])).toBe('/deals?country=RO');
  });

  it('round-trips what the list writes', () => {
    const param = fromParam('deals', '?country=PL&page=2');
    expect(param).toBe('?from=%2Fdeals%3Fcountry%3DPL%26page%3D2');
    expect(backToList('deals', new URLSearchParams(param).get('from') ?? undefined)).toBe('/deals?country=PL&page=2');
    expect(fromParam('deals', '')).toBe('');
  });
});
