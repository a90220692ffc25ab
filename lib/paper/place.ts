// Where in the paper an anchor points, in words a reader can follow: "South Korea, paragraph 2",
// "footnote 3", "recommendation 4". Anchors are the paper page's own (lib/paper/parse.ts).
import { type SectionId, sectionIds } from './parse';

export type Place =
  | { kind: 'paragraph'; section: SectionId; number: number }
  | { kind: 'footnote'; number: number }
  | { kind: 'recommendation'; number: number };

/** The place an anchor names, or null for one that is not the paper's. */
export function placeOf(anchor: string): Place | null {
  const footnote = /^fn-(\d+)$/.exec(anchor);
  if (footnote) return { kind: 'footnote', number: Number(footnote[1]) };
  const recommendation = /^recommendation-(\d+)$/.exec(anchor);
  if (recommendation) return { kind: 'recommendation', number: Number(recommendation[1]) };
  const paragraph = /^([a-z0-9-]+)-p(\d+)$/.exec(anchor);
  const section = sectionIds.find((id) => id === paragraph?.[1]);
  return section ? { kind: 'paragraph', section, number: Number(paragraph![2]) } : null;
}
