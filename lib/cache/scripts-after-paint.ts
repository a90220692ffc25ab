// A kept page asks for its scripts once the browser has painted it.
//
// Next writes a page's script chunks as <script async> in <head> (and preloads the first), so a
// browser fetches them with the page and runs each as it arrives, often before it has painted
// anything: measured in Chromium on /deals, the first paint came 180–208 ms after navigation with
// them, 108–132 ms without (the chunks then start at 123–150 ms). Next has no setting for this (its
// App Router writes async where its Pages Router wrote defer). A page here works without JavaScript,
// so the kept copy a reader is served lists its chunks in one small inline script instead, which
// adds them when the first contentful paint is reported, or after a second when a browser never
// reports one (a tab opened in the background). A script inserted that way runs as an async one
// does, in any order, which Next's runtime already allows.
//
// Only tags of exactly Next's shape are moved: a page whose tags differ is kept as it is.

/** A script chunk's address as Next writes it, and nothing that could end a script element. */
const CHUNK = /^\/_next\/static\/[\w\-./]+\.js$/;
/** A tag's attributes as React writes them (double-quoted values), unparsed. */
const ATTRIBUTES = String.raw`((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*`;
/** A script element with no content. */
const EMPTY_SCRIPT = new RegExp(String.raw`<script${ATTRIBUTES}><\/script>`, 'g');
const PRELOAD_LINK = new RegExp(String.raw`<link${ATTRIBUTES}\/?>`, 'g');
const ATTRIBUTE = /([a-zA-Z-]+)(?:="([^"]*)")?/g;

function attributes(source: string): Map<string, string> {
  return new Map([...source.matchAll(ATTRIBUTE)].map(([, name = '', value = '']) => [name.toLowerCase(), value]));
}

/** Next's async chunk: src, async and its nonce, nothing else (a noModule polyfill stays). */
function asyncChunk(attrs: Map<string, string>, nonce: string): string | null {
  const src = attrs.get('src');
  if (!src || !CHUNK.test(src) || !attrs.has('async') || attrs.get('nonce') !== nonce) return null;
  return [...attrs.keys()].every((name) => name === 'src' || name === 'async' || name === 'nonce') ? src : null;
}

/** Set on `self` while a page waits for its scripts ('waiting'), and once they have all loaded or failed ('loaded'). */
export const SCRIPTS_STATE = 'tiesScripts';

/**
 * The inline script that adds `chunks` after the first contentful paint (or a second). It does
 * nothing if its page has been replaced meanwhile (document.open), and it says on `self` when the
 * scripts have come, which is what the load event used to say: the browser tests wait for it.
 */
export function afterPaintLoader(chunks: string[], nonce: string): string {
  const body = [
    '(function(){',
    `var me=document.currentScript,n=me.nonce,s=${JSON.stringify(chunks)},left=s.length,started=0;`,
    `self.${SCRIPTS_STATE}='waiting';`,
    `function done(){if(--left===0)self.${SCRIPTS_STATE}='loaded'}`,
    'function go(){if(started||!me.isConnected)return;started=1;',
    "for(var i=0;i<s.length;i++){var e=document.createElement('script');e.src=s[i];e.async=true;e.nonce=n;e.onload=e.onerror=done;document.head.appendChild(e)}}",
    "try{new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)go()}).observe({type:'paint',buffered:true})}catch(e){}",
    'setTimeout(go,1000)',
    '})()',
  ].join('');
  return `<script nonce="${nonce}">${body}</script>`;
}

/**
 * `html` (a whole page Next rendered with `nonce`) with its async script chunks and their preloads
 * taken out and asked for after the first paint; `html` itself when it has none of Next's shape.
 */
export function scriptsAfterFirstPaint(html: string, nonce: string): string {
  const headEnd = html.indexOf('</head>');
  const bodyEnd = html.lastIndexOf('</body>');
  if (headEnd < 0 || bodyEnd < headEnd) return html;
  const chunks: string[] = [];
  const take = (tag: string, attrs: string) => {
    const src = asyncChunk(attributes(attrs), nonce);
    if (src === null) return tag;
    if (!chunks.includes(src)) chunks.push(src);
    return '';
  };
  // In <head>: the chunks and the preload of the first. In <body>: Next's bootstrap chunk, written
  // after the page's markup (an empty element: the inline scripts that carry data are not empty).
  const head = html
    .slice(0, headEnd)
    .replace(PRELOAD_LINK, (tag, attrs: string) => {
      const a = attributes(attrs);
      return a.get('rel') === 'preload' && a.get('as') === 'script' && CHUNK.test(a.get('href') ?? '') ? '' : tag;
    })
    .replace(EMPTY_SCRIPT, take);
  const body = html.slice(headEnd, bodyEnd).replace(EMPTY_SCRIPT, take);
  if (chunks.length === 0) return html;
  return `${head}${body}${afterPaintLoader(chunks, nonce)}${html.slice(bodyEnd)}`;
}
