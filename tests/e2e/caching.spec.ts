// Readers' pages, and the reads they are made of, are kept in the server's memory and never older
// than the last save. The server reports its counts at /api/health: `pages` for whole pages,
// `cache` for reads; one request's share is the counts' difference.
import { type APIRequestContext } from '@playwright/test';
import { expect, test } from './support/test';
import { scriptsAfterFirstPaint } from '@/lib/cache/scripts-after-paint';
import { signIn } from './support/editor';

type Counts = { hits: number; misses: number };
const counts = async (request: APIRequestContext): Promise<{ reads: Counts; pages: Counts }> => {
  const health = await (await request.get('/api/health')).json();
  return { reads: health.cache, pages: health.pages };
};

/** A page, how it was served (x-ties-cache), and how many of its reads came from the cache or the database. */
const fetchPage = async (request: APIRequestContext, url: string, headers: Record<string, string> = {}) => {
  const before = await counts(request);
  const response = await request.get(url, { headers });
  expect(response.status()).toBe(200);
  const html = await response.text();
  const after = await counts(request);
  const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
  return { served: response.headers()['x-ties-cache'] ?? null, encoding: response.headers()['content-encoding'] ?? null, nonce, hits: after.reads.hits - before.reads.hits, misses: after.reads.misses - before.reads.misses, html };
};

test("a reader's repeated view is served whole, with a fresh nonce, until a save changes it", async ({ page, playwright }) => {
  const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const view = '/deals?country=RO&sort=title';
  const first = await fetchPage(reader, view);
  const second = await fetchPage(reader, view);
  // Kept whole: no read at all, not even from the read cache; in brotli for a client that takes it.
  expect(second).toMatchObject({ served: 'hit', encoding: 'br', hits: 0, misses: 0 });
  expect(await fetchPage(reader, view, { 'accept-encoding': 'gzip' })).toMatchObject({ served: 'hit', encoding: 'gzip' });
  // Every response has a nonce of its own, and the page's scripts carry it.
  expect(second.nonce).toBeTruthy();
  expect(second.nonce).not.toBe(first.nonce);
  expect(second.html).toContain(`nonce="${second.nonce}"`);
  expect(second.html).not.toContain(first.nonce!);
  // The same page, but that the kept copy asks for its scripts once it is painted.
  expect(second.html.replaceAll(second.nonce!, '*')).toBe(scriptsAfterFirstPaint(first.html, first.nonce!).replaceAll(first.nonce!, '*'));
  expect(first.served).toBe('miss');
  expect(first.html).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async=""/);
  expect(second.html).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async=""/);
  // The Korean page is a page of its own.
  expect((await fetchPage(reader, `/ko${view}`)).html).toContain('lang="ko"');
  expect((await fetchPage(reader, `/ko${view}`)).served).toBe('hit');

  // An editor changes a deal's title.
  await signIn(page);
  await page.goto(view);
  const slug = await page.getByTestId('deals-table').locator('tbody tr').first().getAttribute('data-slug');
  await page.goto(`/deals/${slug}/edit`);
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  const newTitle = `${await title.inputValue()} (revised)`;
  await title.fill(newTitle);
  await page.getByRole('textbox', { name: 'Note: what changed, and why', exact: true }).fill('Title corrected');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/deals/${slug}$`));

  // The reader's next request renders the page again, from the database, and shows the new title.
  const after = await fetchPage(reader, view);
  expect(after.served).toBe('miss');
  expect(after.misses).toBeGreaterThanOrEqual(3);
  expect(after.html).toContain(newTitle);
  expect(await fetchPage(reader, view)).toMatchObject({ served: 'hit', misses: 0 });
  expect((await fetchPage(reader, view)).html).toContain(newTitle);

  // A tracker save renders the pages again; the deals' reads are still kept, the scorecard's are not.
  await fetchPage(reader, '/recommendations');
  await page.goto('/recommendations/7');
  await page.getByRole('textbox', { name: /Note/ }).fill('Reviewed for the caching test');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  expect(await fetchPage(reader, view)).toMatchObject({ served: 'miss', misses: 0 });
  expect((await fetchPage(reader, '/recommendations')).misses).toBeGreaterThan(0);
  await reader.dispose();
});

test("a reader's browser reads a kept page sent in brotli, paints it before asking for its scripts, and the page comes alive", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  const view = '/deals?stage=contract&sort=title';
  await page.goto(view);
  const response = await page.goto(view);
  expect(response?.headers()['x-ties-cache']).toBe('hit');
  expect(response?.headers()['content-encoding']).toBe('br');
  // The kept copy of what Next wrote lists its chunks in one loader (lib/cache/scripts-after-paint.ts);
  // no tag of it fetches one while the page is parsed (but the polyfill only old browsers load).
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<script nonce="[^"]+">\(function\(\)\{var me=document\.currentScript,n=me\.nonce,s=\["\/_next\/static\/chunks\//);
  expect(html.match(/<(script|link)\b[^>]*"\/_next\/static\/chunks\/[^"]+\.js"[^>]*>/g)?.filter((tag) => !/noModule/.test(tag)) ?? []).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // React has hydrated the page (its scripts ran, with their nonce): it marks the nodes it owns.
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((k) => k.startsWith('__reactFiber')))).toBe(true);
  // The browser painted first, then asked for the scripts.
  const { paint, chunks } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    chunks: performance.getEntriesByType('resource').filter((r) => r.name.includes('/_next/static/chunks/')).map((r) => r.startTime),
  }));
  expect(paint).not.toBeNull();
  expect(chunks.length).toBeGreaterThan(0);
  expect(Math.min(...chunks)).toBeGreaterThanOrEqual(paint!);
  // And it works as a hydrated page does: a facet navigates on the client.
  await page.getByRole('checkbox', { name: /: Romania, / }).click();
  await expect(page).toHaveURL(/country=RO/);
  expect(errors).toEqual([]);
  await context.close();
});

test('signed-in editors always read the database; a bogus session cookie is never served a kept page', async ({ page, playwright }) => {
  await signIn(page);
  await page.request.get('/deals');
  const editor = await fetchPage(page.request, '/deals');
  expect(editor).toMatchObject({ served: null, hits: 0, misses: 0 });
  expect(editor.html).toContain('Signed in as');

  const stranger = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await fetchPage(stranger, '/deals');
  expect((await fetchPage(stranger, '/deals')).served).toBe('hit');
  const forged = await fetchPage(stranger, '/deals', { cookie: 'ties_session=not-a-real-session-token' });
  // Rendered (from the readers' reads: it is no session), never served or kept as a page.
  expect(forged).toMatchObject({ served: null, misses: 0 });
  expect(forged.hits).toBeGreaterThanOrEqual(3);
  expect(forged.html).not.toContain('Signed in as');
  // A token of its own choosing does not name a render to keep.
  const before = await counts(stranger);
  await stranger.get('/deals?country=PL', { headers: { 'x-ties-capture': 'made-up' } });
  expect((await fetchPage(stranger, '/deals?country=PL')).served).toBe('hit');
  expect((await counts(stranger)).pages.misses - before.pages.misses).toBe(1);
  await stranger.dispose();
});
