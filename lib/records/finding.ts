// A finding's flat form, for the CSV and JSON export of /findings: the paper's words, where they stand
// (the anchor, and the paper page's address for it) and the records they are linked to.
import type { FindingItem } from '@/lib/queries/findings';
import { type Column, isoInstant } from './column';

export const findingColumns: Column<FindingItem>[] = [
  { name: 'slug', value: (f) => f.slug },
  { name: 'theme', value: (f) => f.theme },
  { name: 'actors', value: (f) => f.actors.map((a) => a.actor) },
  { name: 'title', value: (f) => f.title },
  { name: 'title_ko', value: (f) => f.titleKo },
  { name: 'quote', value: (f) => f.quote },
  { name: 'anchor', value: (f) => f.anchor },
  { name: 'paper_url', value: (f, origin) => `${origin}/paper?cite=${encodeURIComponent(`finding:${f.slug}`)}#${f.anchor}` },
  { name: 'deals', value: (f) => f.deals.map((d) => d.slug) },
  { name: 'instruments', value: (f) => f.instruments.map((i) => i.code) },
  { name: 'recommendations', value: (f) => f.recommendations.map((r) => String(r.number)) },
  { name: 'countries', value: (f) => f.countries.map((c) => c.code) },
  { name: 'updated_at', value: (f) => isoInstant(f.updatedAt) },
  { name: 'url', value: (f, origin) => `${origin}/findings#${f.slug}` },
];
