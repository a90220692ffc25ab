// The paper Ties starts from, read once from the copy that ships with it, and the way from a quoted
// sentence to the place that states it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Block, type PaperDocument, parsePaper } from './parse';

export type { Block, PaperDocument, SectionId } from './parse';
export { sectionIds } from './parse';

/** Where the text is, against the project root, as every script and the app resolve it. */
export const PAPER_FILE = 'prisma/seed/paper.txt';

let loaded: PaperDocument | null = null;

/** The paper, parsed the first time it is asked for (the text never changes while the app runs). */
export function paper(root = process.cwd()): PaperDocument {
  loaded ??= parsePaper(readFileSync(path.join(root, PAPER_FILE), 'utf8'));
  return loaded;
}

type TextBlock = Exclude<Block, { kind: 'heading' }>;
export const textBlocks = (doc: PaperDocument): TextBlock[] => doc.blocks.filter((b): b is TextBlock => b.kind !== 'heading');

/**
 * A text made comparable (footnote marks and markdown dropped, quotes, dashes and spacing made
 * alike), with the index in the original of each character kept, so a match maps back to the text.
 */
function comparableWithMap(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if ('⁰¹²³⁴⁵⁶⁷⁸⁹*'.includes(c)) continue;
    if (c === '\\' && '$*_'.includes(text[i + 1] ?? '')) continue;
    if (c === '‘' || c === '’') c = "'";
    else if (c === '“' || c === '”') c = '"';
    else if (c === '–' || c === '—') c = '-';
    else if (/\s/.test(c)) {
      if (out.endsWith(' ') || out === '') continue;
      c = ' ';
    }
    out += c;
    at.push(i);
  }
  return { text: out, at };
}

/** Where in `text` the words of `quote` stand, as indexes into `text`; null when they do not. */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const haystack = comparableWithMap(text);
  const needle = comparableWithMap(quote).text.trim();
  if (!needle) return null;
  const i = haystack.text.indexOf(needle);
  if (i < 0) return null;
  return { start: haystack.at[i]!, end: haystack.at[i + needle.length - 1]! + 1 };
}

/** The paragraph, recommendation or footnote of the paper that states `quote`, or null. */
export function locateQuote(quote: string, doc: PaperDocument = paper()): TextBlock | null {
  return textBlocks(doc).find((b) => findQuote(b.text, quote) !== null) ?? null;
}
