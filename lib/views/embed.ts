// The embed code of a list's view: an iframe of /embed/<list> with the same view, tall enough for it.
import type { ListKind } from '@/lib/lists';
import { localisedHref } from '@/lib/i18n/paths';
import { knownLocale } from '@/lib/i18n/routing';
import { escapeXml } from '@/lib/xml';

/** The lists that have an /embed/ page of their own. */
export const embeddable = ['deals', 'instruments', 'recommendations', 'sources', 'findings'] as const satisfies readonly ListKind[];
export type EmbeddableKind = (typeof embeddable)[number];
export const isEmbeddable = (kind: ListKind): kind is EmbeddableKind => (embeddable as readonly string[]).includes(kind);

/** Height of a table-like embed: its caption and credit, and a line or two a row (at the iframe's 640 px). */
export const rowsEmbedHeight = (rows: number, perRow = 44) => 140 + rows * perRow;

export function embedCode(origin: string, kind: EmbeddableKind, query: string, locale: string, title: string, height: number): string {
  const src = `${origin}${localisedHref(`/embed/${kind}${query}`, knownLocale(locale))}`;
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="max-width:720px;border:0" loading="lazy"></iframe>`;
}
