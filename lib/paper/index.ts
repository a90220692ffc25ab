// The paper Ties starts from, read once from the copy that ships with it, and the way from a quoted
// sentence to the place that states it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Block, type PaperDocument, parsePaper } from './parse';

export type { Block, PaperDocument, SectionId } from './parse';
export { sectionIds } from './parse';

/** The paper's slug among the sources: words said to be its own are checked against its text. */
export const PAPER_SOURCE = 'fiott-2025-ties-that-truly-bind';

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

type Comparable = ReturnType<typeof comparableWithMap>;

const needleOf = (quote: string) => comparableWithMap(quote).text.trim();

function indexIn(haystack: Comparable, needle: string): { start: number; end: number } | null {
  if (!needle) return null;
  const i = haystack.text.indexOf(needle);
  if (i < 0) return null;
  return { start: haystack.at[i]!, end: haystack.at[i + needle.length - 1]! + 1 };
}

/** Where in `text` the words of `quote` stand, as indexes into `text`; null when they do not. */
export const findQuote = (text: string, quote: string) => indexIn(comparableWithMap(text), needleOf(quote));

// Each block made comparable once per document: the overview locates every key figure on each render.
const comparableBlocks = new WeakMap<PaperDocument, Array<{ block: TextBlock; comparable: Comparable }>>();

/** The paragraph, recommendation or footnote of the paper that states `quote`, or null. */
export function locateQuote(quote: string, doc: PaperDocument = paper()): TextBlock | null {
  let blocks = comparableBlocks.get(doc);
  if (!blocks) {
    blocks = textBlocks(doc).map((block) => ({ block, comparable: comparableWithMap(block.text) }));
    comparableBlocks.set(doc, blocks);
  }
  const needle = needleOf(quote);
  return blocks.find((b) => indexIn(b.comparable, needle) !== null)?.block ?? null;
}
