// A source's flat form: the columns of the bibliography's export, and the fields of its editor.
import { type Column, isoInstant } from './column';

/** What the columns read of a source. */
export type SourceRow = {
  slug: string;
  kind: string;
  authors: string | null;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  footnotes: ReadonlyArray<{ number: number }>;
  note: string | null;
  updatedAt: Date;
};

export const sourceColumns: Column<SourceRow>[] = [
  { name: 'slug', value: (s) => s.slug },
  { name: 'kind', value: (s) => s.kind },
  { name: 'authors', value: (s) => s.authors },
  { name: 'title', value: (s) => s.title },
  { name: 'publisher', value: (s) => s.publisher },
  { name: 'published_on', value: (s) => s.publishedOn },
  { name: 'url', value: (s) => s.url },
  { name: 'footnotes', value: (s) => s.footnotes.map((f) => String(f.number)) },
  { name: 'note', value: (s) => s.note },
  { name: 'updated_at', value: (s) => isoInstant(s.updatedAt) },
];
