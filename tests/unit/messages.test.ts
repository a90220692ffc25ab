// Every interface string exists in both languages, and no message is an empty string.
import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import ko from '@/lib/i18n/messages/ko.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const english = leaves(en as Tree);
const korean = leaves(ko as Tree);

describe('messages', () => {
  it('has every English key in Korean, and no Korean key without English', () => {
    expect([...english.keys()].filter((k) => !korean.has(k))).toEqual([]);
    expect([...korean.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('has no empty message', () => {
    expect([...english, ...korean].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('uses in Korean no placeholder the English message does not pass', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();
    // Korean may leave out a plural's count (it does not inflect), but a variable English never passes would break.
    const mismatched = [...english].filter(([k, v]) => placeholders(korean.get(k) ?? '').some((p) => !placeholders(v).includes(p)));
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });
});
