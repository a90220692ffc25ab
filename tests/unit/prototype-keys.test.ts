// Query keys named like Object.prototype members are keys like any other: dropped and reported,
// never read as the prototype's functions (which answered 500 on every list page and embed).
import { describe, expect, it } from 'vitest';
import { toRawParams } from '@/lib/filters/params';
import { canonicalSearch } from '@/lib/views/canonical';
import { listKinds, lists, readView } from '@/lib/lists';

const names = Object.getOwnPropertyNames(Object.prototype);

describe.each(listKinds)('the %s list', (kind) => {
  it.each(names)('drops ?%s=1 as an unknown key', (name) => {
    const search = new URLSearchParams([[name, '1']]);
    const fromUrl = readView(kind, toRawParams(search));
    expect(fromUrl.dropped).toEqual([{ key: name, value: '1' }]);
    expect(fromUrl.query).toBe('');
    // Next hands pages their searchParams as a plain object, prototype and all.
    const plain: Record<string, string> = {};
    Object.defineProperty(plain, name, { value: '1', enumerable: true });
    expect(readView(kind, plain).dropped).toEqual([{ key: name, value: '1' }]);
    expect(() => canonicalSearch(lists[kind].path, search)).not.toThrow();
  });

  it('reads a known key beside them', () => {
    const search = new URLSearchParams('toString=1&constructor=x&q=korea&hasOwnProperty=&valueOf=2');
    const { filters, dropped } = readView(kind, toRawParams(search));
    expect((filters as { q?: string }).q).toBe('korea');
    expect(dropped.map((d) => d.key).sort()).toEqual(['constructor', 'toString', 'valueOf']);
  });
});
