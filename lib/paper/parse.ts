// The paper's text (prisma/seed/paper.txt, a plain-text export of the PDF) as a document a reader can
// cite: sections, paragraphs, the ten recommendations and the footnotes, each with a stable anchor.
// The export keeps the PDF's page furniture, so this undoes it: paragraphs broken across a page are
// joined, pull quotes (text set again in large type) and running lines are left out, and a footnote
// whose address fell onto the next line gets it back.

/** The paper's sections, in order. */
export const sectionIds = ['abstract', 'introduction', 'chapter-1', 'south-korea', 'european-union', 'nato', 'chapter-2', 'conclusions', 'recommendations', 'author'] as const;
export type SectionId = (typeof sectionIds)[number];
export type Section = { id: SectionId; level: 1 | 2; chapter?: 1 | 2 };

export type Block =
  | { kind: 'heading'; section: Section }
  | { kind: 'paragraph'; id: string; section: SectionId; text: string }
  | { kind: 'recommendation'; id: string; number: number; section: SectionId; text: string }
  | { kind: 'footnote'; id: string; number: number; section: SectionId; text: string };

export type PaperDocument = { blocks: Block[] };

/** The line that opens each section in the text. */
const sectionLines: ReadonlyArray<{ line: string; section: Section }> = [
  { line: 'Abstract', section: { id: 'abstract', level: 1 } },
  { line: 'Introduction', section: { id: 'introduction', level: 1 } },
  { line: 'What does each partner offer the other?', section: { id: 'chapter-1', level: 1, chapter: 1 } },
  { line: 'South Korea', section: { id: 'south-korea', level: 2 } },
  { line: 'The European Union', section: { id: 'european-union', level: 2 } },
  { line: 'NATO', section: { id: 'nato', level: 2 } },
  { line: 'What challenges persist?', section: { id: 'chapter-2', level: 1, chapter: 2 } },
  { line: 'Conclusions', section: { id: 'conclusions', level: 1 } },
  { line: 'Recommendations', section: { id: 'recommendations', level: 2 } },
  { line: 'Author', section: { id: 'author', level: 1 } },
];

/** Lines of page furniture: the running chapter label above a chapter's title, and blank pages. */
const furniture = new Set(['Chapter One', 'Chapter Two', 'Page left intentionally blank', 'The recommendations are as follows:']);

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscriptNumber = (s: string) => Number([...s].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
const FOOTNOTE = new RegExp(`^([${SUPERSCRIPT}]+)\\s+([\\s\\S]*)$`);
const RECOMMENDATION = /^- (\d+)\) ([\s\S]*)$/;

/** Text as it reads: spaces folded, markdown escapes undone. */
const clean = (text: string) => text.replace(/\\([$*_])/g, '$1').replace(/\s+/g, ' ').trim();
const endsSentence = (text: string) => /[.?!:;)”"’]$/.test(text) || /[.?!]\*+$/.test(text);
const startsLower = (text: string) => /^[a-z]/.test(text);

/** For comparing text: footnote marks, markdown, quotes, dashes and spacing made alike. */
export function comparable(text: string): string {
  return clean(text)
    .replace(new RegExp(`[${SUPERSCRIPT}]+`, 'g'), '')
    .replace(/\*+/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parsePaper(source: string): PaperDocument {
  const chunks = source
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    // The recommendations are a list, one item a line.
    .flatMap((c) => c.split(/\n(?=- \d+\) )/))
    .map((c) => c.trim())
    .filter(Boolean);
  const start = chunks.indexOf('Abstract');
  if (start < 0) throw new Error('The paper has no "Abstract": not the text this parser reads.');

  const blocks: Block[] = [];
  const counts = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, n);
    return `${prefix}-p${n}`;
  };
  let section: SectionId = 'abstract';
  let inContents = false;
  // The block a page break interrupted: text that starts in lower case continues it.
  let open: Extract<Block, { kind: 'paragraph' | 'recommendation' }> | null = null;
  let lastFootnote: Extract<Block, { kind: 'footnote' }> | null = null;

  const body = chunks.slice(start);
  for (const [index, chunk] of body.entries()) {
    const text = clean(chunk);
    if (text === 'Contents') {
      inContents = true;
      continue;
    }
    const heading = sectionLines.find((s) => s.line === text);
    if (heading) {
      // The table of contents names the sections too; the body starts at the first one after it.
      if (inContents && heading.section.id !== 'introduction') continue;
      inContents = false;
      section = heading.section.id;
      blocks.push({ kind: 'heading', section: heading.section });
      open = null;
      continue;
    }
    if (inContents || furniture.has(text)) continue;

    const footnote = FOOTNOTE.exec(text);
    if (footnote?.[1]) {
      const number = superscriptNumber(footnote[1]);
      lastFootnote = { kind: 'footnote', id: `fn-${number}`, number, section, text: clean(footnote[2] ?? '') };
      blocks.push(lastFootnote);
      continue;
    }
    // A footnote's address set on a line of its own.
    if (/^<?https?:\/\//.test(text) && lastFootnote && lastFootnote.text.endsWith('See:')) {
      lastFootnote.text = `${lastFootnote.text} ${text}`;
      continue;
    }
    if (startsLower(text) && open) {
      open.text = `${open.text} ${text}`;
      continue;
    }
    // A pull quote restates, in large type and without a full stop, what the body says in full. A
    // short line that stops mid-sentence is one unless the next block carries on from it.
    if (/^\*\*[\s\S]*\*\*$/.test(text)) continue;
    if (!endsSentence(text) && text.length < 240 && !startsLower(clean(body[index + 1] ?? ''))) continue;

    const recommendation = RECOMMENDATION.exec(text);
    if (recommendation?.[1]) {
      const number = Number(recommendation[1]);
      open = { kind: 'recommendation', id: `recommendation-${number}`, number, section, text: recommendation[2] ?? '' };
    } else {
      open = { kind: 'paragraph', id: nextId(section), section, text };
    }
    blocks.push(open);
  }
  return { blocks };
}
