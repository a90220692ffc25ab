// Which of a page's tags the kept copy asks for after its first paint, on the shape Next 16 writes
// (trimmed from a real /deals page). The browser side (the scripts arrive after the paint and the
// page hydrates under its policy) is in tests/e2e/caching.spec.ts.
import { describe, expect, it } from 'vitest';
import { finishCapture, keptPage, startCapture } from '@/lib/cache/pages';
import { afterPaintLoader, scriptsAfterFirstPaint } from '@/lib/cache/scripts-after-paint';

const N = 'n0nce+/=';
const next = (nonce = N) =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><style data-precedence="next">body{margin:0}</style>' +
  `<link rel="preload" as="script" fetchPriority="low" nonce="${nonce}" href="/_next/static/chunks/310vm2bl3xxpt.js"/>` +
  `<script src="/_next/static/chunks/0u0rvx06obtsw.js" async="" nonce="${nonce}"></script>` +
  `<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async="" nonce="${nonce}"></script>` +
  '<title>Deals · Ties</title><link rel="icon" href="/icon.svg?icon.1ey6f2g52p3v0.svg" sizes="any" type="image/svg+xml"/>' +
  `<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule="" nonce="${nonce}"></script></head>` +
  '<body><main><h1>Deals</h1><p>&lt;script src=&quot;/_next/static/chunks/x.js&quot; async&gt;</p></main>' +
  `<script nonce="${nonce}" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([])</script>` +
  `<script src="/_next/static/chunks/310vm2bl3xxpt.js" nonce="${nonce}" async=""></script>` +
  `<script nonce="${nonce}">self.__next_f.push([1,"\\u003cscript src=\\"/_next/static/chunks/0u0rvx06obtsw.js\\" async\\u003e"])</script></body></html>`;

/** The chunks a page's loader asks for, or null when it has none. */
const listed = (page: string) => {
  const list = /<script nonce="[^"]*">\(function\(\)\{var me=document\.currentScript,n=me\.nonce,s=(\[[^\]]*\])/.exec(page)?.[1];
  return list === undefined ? null : (JSON.parse(list) as string[]);
};

describe('scriptsAfterFirstPaint', () => {
  it("moves Next's async chunks and their preload into one loader that runs after the first paint", () => {
    const page = scriptsAfterFirstPaint(next(), N);
    // No tag of the page still fetches a chunk as it is parsed, except the polyfill only old browsers load.
    expect([...page.matchAll(/<(?:script|link)\b[^>]*"\/_next\/static\/[^"]*"[^>]*>/g)].map(([tag]) => tag)).toEqual([`<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule="" nonce="${N}">`]);
    // Every chunk once, in the order Next wrote them, in a loader with the page's nonce, last in <body>.
    const chunks = ['/_next/static/chunks/0u0rvx06obtsw.js', '/_next/static/chunks/turbopack-077hmtqrhcoji.js', '/_next/static/chunks/310vm2bl3xxpt.js'];
    expect(page.endsWith(`${afterPaintLoader(chunks, N)}</body></html>`)).toBe(true);
    expect(listed(page)).toEqual(chunks);
    // Everything else is as Next wrote it: the markup, escaped text, and the scripts that carry data.
    const untouched = next()
      .replace(/<link rel="preload" as="script"[^>]*\/>/, '')
      .replace(/<script src="[^"]+" async="" nonce="[^"]+"><\/script>/g, '')
      .replace(/<script src="[^"]+" nonce="[^"]+" async=""><\/script>/g, '');
    expect(page.replace(afterPaintLoader(chunks, N), '')).toBe(untouched);
  });

  it('leaves alone a page, or a tag, not of the shape it knows', () => {
    for (const page of [
      next('another-nonce'),
      next().replace('</head>', ''),
      next().replace('</body>', ''),
      next().replaceAll(' async=""', ''),
      next().replaceAll('async=""', 'async="" type="module"'),
      next().replaceAll('/_next/static/chunks/', 'https://cdn.example/chunks/'),
    ]) {
      expect(scriptsAfterFirstPaint(page, N)).toBe(page);
    }
    // A name no chunk of Next's has stays where it is, in a page whose other chunks move.
    const odd = next().replace('0u0rvx06obtsw.js" async=""', '0u0rvx06obtsw.js?x=&lt;b&gt;" async=""');
    const page = scriptsAfterFirstPaint(odd, N);
    expect(page).toContain(`<script src="/_next/static/chunks/0u0rvx06obtsw.js?x=&lt;b&gt;" async="" nonce="${N}"></script>`);
    expect(listed(page)).toEqual(['/_next/static/chunks/turbopack-077hmtqrhcoji.js', '/_next/static/chunks/310vm2bl3xxpt.js']);
  });

  it('is what the page cache keeps, and the loader is served with the fresh nonce', () => {
    const token = startCapture('test|after-paint', N);
    expect(finishCapture(token, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: next() })).toBe(true);
    const kept = keptPage('test|after-paint', 'SERVED');
    expect(kept?.body).toBe(scriptsAfterFirstPaint(next('SERVED'), 'SERVED'));
    expect(kept?.body).toContain('<script nonce="SERVED">(function(){');
    expect(listed(kept!.body)).toEqual(['/_next/static/chunks/0u0rvx06obtsw.js', '/_next/static/chunks/turbopack-077hmtqrhcoji.js', '/_next/static/chunks/310vm2bl3xxpt.js']);
  });
});
