import type { ReactNode } from 'react';

type Style = 'plain' | 'em' | 'strong' | 'ref' | 'link';
type Atom = { style: Style; text: string; start: number; end: number; href?: string };

const TOKEN = /\*\*([^*]+)\*\*|\*([^*]+)\*|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|<(https?:\/\/[^>\s]+)>|(https?:\/\/[^\s<>]+?)(?=[.,;]?(?:\s|$))/g;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The text's runs: plain words, the export's *italic* and **bold**, footnote marks and addresses. */
function atoms(text: string): Atom[] {
  const out: Atom[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index;
    if (at > last) out.push({ style: 'plain', text: text.slice(last, at), start: last, end: at });
    const [whole, strong, em, ref, bracketed, bare] = m;
    if (strong !== undefined) out.push({ style: 'strong', text: strong, start: at + 2, end: at + 2 + strong.length });
    else if (em !== undefined) out.push({ style: 'em', text: em, start: at + 1, end: at + 1 + em.length });
    else if (ref !== undefined) out.push({ style: 'ref', text: [...ref].map((c) => SUPERSCRIPT.indexOf(c)).join(''), start: at, end: at + ref.length });
    else {
      const url = (bracketed ?? bare)!;
      out.push({ style: 'link', text: url, href: url, start: at, end: at + whole.length });
    }
    last = at + whole.length;
  }
  if (last < text.length) out.push({ style: 'plain', text: text.slice(last), start: last, end: text.length });
  return out;
}

/** An atom's words, with the part inside `mark` (indexes into the whole text) marked. */
function marked(atom: Atom, mark: { start: number; end: number } | null, key: number): ReactNode {
  if (!mark || atom.style === 'ref' || atom.style === 'link' || mark.end <= atom.start || mark.start >= atom.end) return atom.text;
  const offset = atom.start;
  const from = Math.max(mark.start, atom.start) - offset;
  const to = Math.min(mark.end, atom.end) - offset;
  return (
    <>
      {atom.text.slice(0, from)}
      <mark key={key} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700/60">
        {atom.text.slice(from, to)}
      </mark>
      {atom.text.slice(to)}
    </>
  );
}

/**
 * A paragraph of the paper as it reads in print: italics, bold, footnote marks linked to their
 * footnotes and addresses as links, with the words a reader came to see (`mark`) highlighted.
 */
export function PaperText({ text, mark = null, footnoteLabel }: { text: string; mark?: { start: number; end: number } | null; footnoteLabel: (n: string) => string }) {
  return (
    <>
      {atoms(text).map((a, i) => {
        switch (a.style) {
          case 'strong':
            return <strong key={i}>{marked(a, mark, i)}</strong>;
          case 'em':
            return <em key={i}>{marked(a, mark, i)}</em>;
          case 'ref':
            return (
              <sup key={i}>
                <a href={`#fn-${a.text}`} aria-label={footnoteLabel(a.text)}>
                  {a.text}
                </a>
              </sup>
            );
          case 'link':
            return (
              <a key={i} href={a.href} className="break-all" rel="noreferrer">
                {a.text}
              </a>
            );
          default:
            return <span key={i}>{marked(a, mark, i)}</span>;
        }
      })}
    </>
  );
}
