// The XSLT stylesheet that makes an Atom feed opened in a browser read as a page: its title, what a
// feed is for and how to follow it, and its entries. Served from our own origin (/feed.xsl,
// /ko/feed.xsl), in the reader's language; feed readers never fetch it.
import { translatorFor } from '@/lib/i18n/translator';
import { escapeXml } from '@/lib/xml';

export function feedStylesheet(locale: string): string {
  const t = translatorFor(locale, 'trackerFeeds');
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes"/>
  <xsl:template match="/atom:feed">
    <html lang="${escapeXml(locale)}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/></title>
        <style>
          :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
          body { max-width: 46rem; margin: 0 auto; padding: 1rem; }
          .about { border: 1px solid #a1a1aa; border-radius: .375rem; padding: .75rem; font-size: .9rem; }
          code { overflow-wrap: anywhere; }
          ol { list-style: none; padding: 0; }
          li { border-top: 1px solid #d4d4d8; padding: .75rem 0; }
          h2 { font-size: 1.05rem; margin: 0; }
          .meta { font-size: .85rem; color: #52525b; margin: .25rem 0; }
          .summary { white-space: pre-line; margin: .25rem 0; }
          a { color: #1e40af; }
          @media (prefers-color-scheme: dark) { a { color: #93c5fd; } .meta { color: #a1a1aa; } li { border-color: #3f3f46; } }
        </style>
      </head>
      <body>
        <main>
          <h1><xsl:value-of select="atom:title"/></h1>
          <p><xsl:value-of select="atom:subtitle"/></p>
          <div class="about">
            <p>${escapeXml(t('aboutFeed'))}</p>
            <p>${escapeXml(t('feedAddress'))} <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
            <p><a href="{atom:link[@rel='alternate']/@href}">${escapeXml(t('openPage'))}</a></p>
          </div>
          <xsl:choose>
            <xsl:when test="atom:entry">
              <ol>
                <xsl:for-each select="atom:entry">
                  <li>
                    <h2><a href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a></h2>
                    <p class="meta"><time datetime="{atom:updated}"><xsl:value-of select="substring(atom:updated, 1, 10)"/>${' '}<xsl:value-of select="substring(atom:updated, 12, 5)"/> UTC</time> · <xsl:value-of select="atom:author/atom:name"/></p>
                    <p class="summary"><xsl:value-of select="atom:summary"/></p>
                  </li>
                </xsl:for-each>
              </ol>
            </xsl:when>
            <xsl:otherwise><p>${escapeXml(t('noEntries'))}</p></xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}

/** The stylesheet as a response: cached a day, as it changes only with a release. */
export function stylesheetResponse(locale: string): Response {
  return new Response(feedStylesheet(locale), { headers: { 'Content-Type': 'text/xsl; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } });
}
