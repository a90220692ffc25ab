import { describe, expect, it } from 'vitest';
import { toRawParams } from '@/lib/filters/params';
import { readView } from '@/lib/lists';
import { viewFileName } from '@/lib/views/file-name';

const nameOf = (kind: 'deals' | 'instruments' | 'recommendations' | 'sources', search: string) => {
  const { filters, query } = readView(kind, toRawParams(new URLSearchParams(search)));
  return viewFileName(kind, filters, query, '2026-12-06');
};

describe('viewFileName', () => {
  it('names a download after the filters of its view, for every list', () => {
    expect(nameOf('deals', 'country=PL&transfer=yes')).toBe('ties-deals-poland-transfer-2026-12-06');
    expect(nameOf('instruments', 'owner=NATO&access=dialogue')).toBe('ties-instruments-nato-dialogue-2026-12-06');
    expect(nameOf('sources', 'q=Korea Herald')).toBe('ties-sources-korea-herald-2026-12-06');
    expect(nameOf('recommendations', 'actor=eu')).toBe('ties-recommendations-eu-2026-12-06');
  });

  it('leaves out how the view is ordered or shown, and the defaults', () => {
    expect(nameOf('instruments', 'sort=-budget&view=table')).toBe('ties-instruments-2026-12-06');
    expect(nameOf('deals', 'sort=-value&page=3&view=map')).toBe('ties-deals-2026-12-06');
  });

  it('keeps a name short and safe whatever the search says', () => {
    const name = nameOf('sources', `q=${encodeURIComponent('"><script>/../..\\' + 'x'.repeat(300))}`);
    expect(name).toMatch(/^ties-sources-[a-z0-9-]+-2026-12-06$/);
    expect(name.length).toBeLessThanOrEqual(100);
  });
});
