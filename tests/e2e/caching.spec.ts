// Readers' reads are cached in the server's memory, and never older than the last save. The server
// reports its hit and miss counts at /api/health; one request's reads are the counts' difference.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { signIn } from './support/editor';

type Counts = { hits: number; misses: number };
const counts = async (request: APIRequestContext): Promise<Counts> => (await (await request.get('/api/health')).json()).cache;

/** A page, and how many of its reads came from the cache (hits) or the database (misses). */
const fetchPage = async (request: APIRequestContext, url: string, headers: Record<string, string> = {}) => {
  const before = await counts(request);
  const response = await request.get(url, { headers });
  expect(response.status()).toBe(200);
  const html = await response.text();
  const after = await counts(request);
  return { hits: after.hits - before.hits, misses: after.misses - before.misses, html };
};

test('a save is visible on the very next request, and only the reads it touches are made again', async ({ page, playwright }) => {
  const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const view = '/deals?country=RO&sort=title';
  await fetchPage(reader, view);
  expect(await fetchPage(reader, view)).toMatchObject({ misses: 0, hits: expect.any(Number) });
  expect((await fetchPage(reader, view)).hits).toBeGreaterThanOrEqual(3);
  await fetchPage(reader, '/recommendations');
  expect((await fetchPage(reader, '/recommendations')).misses).toBe(0);

  // An editor changes a deal's title.
  await signIn(page);
  await page.goto('/deals?country=RO&sort=title');
  const slug = await page.getByTestId('deals-table').locator('tbody tr').first().getAttribute('data-slug');
  await page.goto(`/deals/${slug}/edit`);
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  const newTitle = `${await title.inputValue()} (revised)`;
  await title.fill(newTitle);
  await page.getByRole('textbox', { name: 'Note: what changed, and why', exact: true }).fill('Title corrected');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/deals/${slug}$`));

  // The reader's next request reads the database again and shows the new title.
  const after = await fetchPage(reader, view);
  expect(after.misses).toBeGreaterThanOrEqual(3);
  expect(after.html).toContain(newTitle);
  expect((await fetchPage(reader, view)).misses).toBe(0);
  // A tracker save makes the scorecard read again but leaves the deals' reads cached.
  await page.goto('/recommendations/7');
  await page.getByRole('textbox', { name: /Note/ }).fill('Reviewed for the caching test');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  expect((await fetchPage(reader, view)).misses).toBe(0);
  expect((await fetchPage(reader, '/recommendations')).misses).toBeGreaterThan(0);
  await reader.dispose();
});

test('signed-in editors always read the database; a bogus session cookie is no session', async ({ page, playwright }) => {
  await signIn(page);
  await page.request.get('/deals');
  expect(await fetchPage(page.request, '/deals')).toMatchObject({ hits: 0, misses: 0 });

  const stranger = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await fetchPage(stranger, '/deals');
  const forged = await fetchPage(stranger, '/deals', { cookie: 'ties_session=not-a-real-session-token' });
  expect(forged).toMatchObject({ misses: 0 });
  expect(forged.hits).toBeGreaterThanOrEqual(3);
  expect(forged.html).not.toContain('Signed in as');
  await stranger.dispose();
});
