// Atom 1.0 documents (RFC 4287) for the site's feeds: one writer, so every feed is escaped, dated
// and styled alike. Each names the stylesheet our own origin serves (lib/feeds/stylesheet.ts), so a
// feed opened in a browser reads as a page; a feed reader ignores it.
import { databaseTrouble, RETRY_AFTER_SECONDS } from '@/lib/db-errors';
import { localisedPath } from '@/lib/url';
import { translatorFor } from '@/lib/i18n/translator';
import { escapeXml } from '@/lib/xml';

export type AtomEntry = {
  /** A permanent id (a tag: URI), never reused for another entry. */
  id: string;
  title: string;
  /** The page the entry is about, absolute. */
  link: string;
  updated: Date;
  author: string;
  /** Plain text, one paragraph per line. */
  summary: string;
};

export type AtomFeed = {
  id: string;
  locale: string;
  title: string;
  subtitle: string;
  /** This feed's own address and the page it follows, absolute. */
  self: string;
  alternate: string;
  entries: AtomEntry[];
};

/** Where the feeds' stylesheet is served, in a language. */
export const stylesheetPath = (locale: string) => localisedPath('/feed.xsl', locale);

/** The feed as an Atom document, with its stylesheet named first. */
export function atomDocument(feed: AtomFeed): string {
  // A feed with no entries yet is still dated: the epoch says "nothing since".
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(0));
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <author><name>${escapeXml(e.author)}</name></author>
    <summary type="text">${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/xsl" href="${escapeXml(stylesheetPath(feed.locale))}"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.locale)}">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>Ties</name></author>
${entries.join('\n')}
</feed>
`;
}

const plain = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

/**
 * The feed's media type for a request: Atom's own for feed readers; plain XML for a browser opening
 * it (it asks for HTML and not Atom), because a browser shows application/atom+xml as raw text and
 * applies the stylesheet only to XML it renders.
 */
export function feedContentType(accept: string | null): string {
  const browser = accept !== null && /\btext\/html\b/.test(accept) && !/\bapplication\/atom\+xml\b/.test(accept);
  return `${browser ? 'application/xml' : 'application/atom+xml'}; charset=utf-8`;
}

/** A feed response; 503 with Retry-After while the database is busy or unreachable (a feed reader tries again). */
export async function atomResponse(request: Request, locale: string, read: () => Promise<AtomFeed | Response>): Promise<Response> {
  try {
    const feed = await read();
    if (feed instanceof Response) return feed;
    const headers = { 'Content-Type': feedContentType(request.headers.get('accept')), Vary: 'Accept', 'Cache-Control': 'no-cache' };
    return new Response(atomDocument(feed), { headers });
  } catch (error) {
    const trouble = databaseTrouble(error);
    if (!trouble) throw error;
    console.warn(`Atom feed not served: the database is ${trouble}.`);
    return new Response(`${translatorFor(locale, 'feed')('unavailable')}\n`, { status: 503, headers: { ...plain, 'Retry-After': String(RETRY_AFTER_SECONDS) } });
  }
}

/** A plain-text refusal (404 for no such feed, 400 for a malformed address), never a 500. */
export function feedRefusal(status: 400 | 404, text: string): Response {
  return new Response(`${text}\n`, { status, headers: plain });
}

/** A page's metadata with its feed named for feed readers: `<link rel="alternate" type="application/atom+xml">`. */
export function withFeed<M extends { alternates?: object | null }>(metadata: M, href: string | null): M {
  if (!href) return metadata;
  return { ...metadata, alternates: { ...metadata.alternates, types: { 'application/atom+xml': href } } };
}
