// The page cache's rules (which requests, which key) and its capture of what a real HTTP server
// writes, compressed or not, streamed or not. The whole path through Next is in tests/e2e/caching.spec.ts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPageCapture } from '@/lib/cache/capture';
import { CAPTURE_HEADER, ENCODE_HEADER, MAX_PAGE_BYTES, acceptsBrotli, failCapture, finishCapture, keepablePage, keptPage, pageKey, startCapture } from '@/lib/cache/pages';

const request = (bare: string, search = '', extra: { method?: string; headers?: Record<string, string>; cookies?: string[] } = {}) => ({
  method: extra.method ?? 'GET',
  bare,
  search: new URLSearchParams(search),
  headers: new Headers(extra.headers),
  hasCookie: (name: string) => (extra.cookies ?? []).includes(name),
});

describe('keepablePage', () => {
  it("keeps a reader's plain GET of a page", () => {
    for (const bare of ['/', '/deals', '/deals/k9-romania', '/recommendations/4', '/embed/deals', '/history/deal/k9-romania', '/instruments']) expect(keepablePage(request(bare)), bare).toBe(true);
  });

  it("never keeps an editor's request, a form, a past view, a client navigation or a write", () => {
    expect(keepablePage(request('/deals', '', { cookies: ['ties_session'] }))).toBe(false);
    for (const bare of ['/sign-in', '/admin/users', '/import', '/register/countries/PL/edit', '/deals/new', '/deals/k9-romania/edit']) expect(keepablePage(request(bare)), bare).toBe(false);
    expect(keepablePage(request('/deals', 'asof=2026-01-01'))).toBe(false);
    expect(keepablePage(request('/deals', '', { headers: { rsc: '1' } }))).toBe(false);
    expect(keepablePage(request('/deals', '_rsc=abc'))).toBe(false);
    expect(keepablePage(request('/deals', '', { headers: { 'next-router-prefetch': '1' } }))).toBe(false);
    expect(keepablePage(request('/deals', '', { method: 'POST' }))).toBe(false);
    expect(keepablePage(request('/deals', '', { method: 'HEAD' }))).toBe(false);
  });
});

describe('pageKey', () => {
  const key = (register: number, tracker: number, day = '2026-12-06', origin = 'https://ties.example', path = '/deals?country=PL') => pageKey({ register, tracker }, day, origin, path);
  it('changes with either version, the day, the origin and the address', () => {
    const keys = [key(1, 1), key(2, 1), key(1, 2), key(1, 1, '2026-12-07'), key(1, 1, undefined, 'http://127.0.0.1:3000'), key(1, 1, undefined, undefined, '/ko/deals?country=PL')];
    expect(new Set(keys).size).toBe(keys.length);
    expect(key(1, 1)).toBe(key(1, 1));
  });
});

describe('finishCapture and keptPage', () => {
  const page = (nonce: string) => `<!DOCTYPE html><html><body><script nonce="${nonce}">self.__next_f.push([1,"${nonce}"])</script></body></html>`;
  const html = { 'content-type': 'text/html; charset=utf-8', vary: 'rsc, Accept-Encoding', 'cache-control': 'private, no-cache', 'content-security-policy': 'old', 'content-length': '10' };

  it('keeps a whole page and serves it with a fresh nonce, without the headers of one response', () => {
    const token = startCapture('test|fresh-nonce', 'NONCE-RENDERED');
    expect(finishCapture(token, { status: 200, headers: html, body: page('NONCE-RENDERED') })).toBe(true);
    const kept = keptPage('test|fresh-nonce', 'NONCE-SERVED');
    expect(kept?.body).toBe(page('NONCE-SERVED'));
    expect(kept?.headers).toEqual([
      ['content-type', 'text/html; charset=utf-8'],
      ['vary', 'rsc, Accept-Encoding'],
      ['cache-control', 'private, no-cache'],
    ]);
    // A token is good for one render.
    expect(finishCapture(token, { status: 200, headers: html, body: page('NONCE-RENDERED') })).toBe(false);
    // For a browser that takes brotli: asked for in brotli, and kept from Next's own gzip.
    expect(keptPage('test|fresh-nonce', 'NONCE-BR', { brotli: true })).toEqual({
      body: page('NONCE-BR'),
      headers: [
        ['content-type', 'text/html; charset=utf-8'],
        ['vary', 'rsc, Accept-Encoding'],
        ['cache-control', 'private, no-cache, no-transform'],
        [ENCODE_HEADER, 'br'],
      ],
    });
  });

  it('tells whether a browser takes brotli', () => {
    for (const yes of ['gzip, deflate, br, zstd', 'br', 'BR;q=0.5', 'gzip, *', 'br;q=1.0, gzip;q=0.8']) expect(acceptsBrotli(yes), yes).toBe(true);
    for (const no of [null, '', 'gzip, deflate', 'br;q=0', 'gzip, br;q=0, *', '*;q=0', 'brotli', 'br;q=nonsense']) expect(acceptsBrotli(no), String(no)).toBe(false);
  });

  it('keeps nothing that is not a whole, faultless page', () => {
    const refused = [
      { status: 404, headers: html, body: page('N') },
      { status: 200, headers: { ...html, 'content-type': 'application/json' }, body: page('N') },
      { status: 200, headers: { ...html, 'set-cookie': ['a=b'] }, body: page('N') },
      { status: 200, headers: html, body: page('OTHER') },
    ];
    refused.forEach((rendered, i) => expect(finishCapture(startCapture(`test|refused-${i}`, 'N'), rendered), String(i)).toBe(false));
    const failed = startCapture('test|failed', 'N');
    failCapture(failed);
    expect(finishCapture(failed, { status: 200, headers: html, body: page('N') })).toBe(false);
    expect(finishCapture('a-token-nobody-issued', { status: 200, headers: html, body: page('N') })).toBe(false);
    for (const key of ['test|failed', 'test|refused-0', 'test|refused-3']) expect(keptPage(key, 'M')).toBeNull();
  });
});

describe('installPageCapture, on a real HTTP server', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    installPageCapture();
    server = http.createServer((req, res) => {
      const nonce = String(req.headers['x-nonce']);
      const body = page(nonce, Number(req.headers['x-repeat'] ?? 1));
      res.setHeader('content-type', 'text/html; charset=utf-8');
      // As the proxy asks for a kept page to go in brotli (Next's response carries the header).
      if (req.headers['x-encode']) res.setHeader(ENCODE_HEADER, String(req.headers['x-encode']));
      if (req.headers['x-gzip']) {
        res.setHeader('content-encoding', 'gzip');
        res.end(gzipSync(body));
        return;
      }
      // Streamed in parts, as Next streams a page.
      res.write(body.slice(0, 10));
      res.write(Buffer.from(body.slice(10, 40)));
      res.end(body.slice(40), 'utf8');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const page = (nonce: string, repeat = 1) => `<html><script nonce="${nonce}"></script>${'<p>Ties</p>'.repeat(repeat)}</html>`;
  /** Sends a request named by a token, as the proxy names it, and waits until the response has been heard. */
  async function render(key: string, nonce: string, headers: Record<string, string> = {}) {
    const token = startCapture(key, nonce);
    const response = await fetch(`${base}/deals`, { headers: { [CAPTURE_HEADER]: token, 'x-nonce': nonce, ...headers } });
    const text = await response.text();
    await new Promise((resolve) => setTimeout(resolve, 20));
    return text;
  }

  it('keeps the page the server streamed, and the one it compressed, as text', async () => {
    expect(await render('test|streamed', 'R1')).toBe(page('R1'));
    expect(keptPage('test|streamed', 'S1')?.body).toBe(page('S1'));
    await render('test|gzip', 'R2', { 'x-gzip': '1' });
    expect(keptPage('test|gzip', 'S2')?.body).toBe(page('S2'));
  });

  it('sends a page in brotli when asked to, whole and with its headers said, and any other as it is', async () => {
    const raw = (headers: Record<string, string>) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http.get(`${base}/deals`, { headers: { 'x-nonce': 'B1', ...headers } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject);
        });
      });
    const big = 2000;
    const encoded = await raw({ 'x-encode': 'br', 'x-repeat': String(big) });
    expect(encoded.headers['content-encoding']).toBe('br');
    expect(encoded.headers[ENCODE_HEADER]).toBeUndefined();
    expect(encoded.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(encoded.body).toString('utf8')).toBe(page('B1', big));
    expect(encoded.body.length).toBeLessThan(page('B1', big).length / 10);
    const plain = await raw({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(page('B1'));
  });

  it('keeps nothing for a request the proxy did not name, or a page too big to keep', async () => {
    await fetch(`${base}/deals`, { headers: { 'x-nonce': 'R3' } }).then((r) => r.text());
    const big = Math.ceil(MAX_PAGE_BYTES / '<p>Ties</p>'.length) + 1;
    expect((await render('test|big', 'R4', { 'x-repeat': String(big) })).length).toBeGreaterThan(MAX_PAGE_BYTES);
    expect(keptPage('test|big', 'S4')).toBeNull();
  });
});
