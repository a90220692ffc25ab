// Readers get cached pages, and never one older than the last save.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { signIn } from './support/editor';


const fetchPage = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  return { cache: response.headers()['x-ties-cache'], html: await response.text() };
};

test('a save is visible on the very next request, and only the pages it touches are re-rendered', async ({ page, playwright }) => {
  const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const view = '/deals?country=RO&sort=title';
  await fetchPage(reader, view);
  expect((await fetchPage(reader, view)).cache).toBe('hit');
  await fetchPage(reader, '/recommendations');
  expect((await fetchPage(reader, '/recommendations')).cache).toBe('hit');

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

  // The reader's next request misses the cache and shows the new title.
  const after = await fetchPage(reader, view);
  expect(after.cache).toBe('miss');
  expect(after.html).toContain(newTitle);
  expect((await fetchPage(reader, view)).cache).toBe('hit');
  // A tracker save re-renders the scorecard but leaves the deals pages cached.
  await page.goto('/recommendations/7');
  await page.getByRole('textbox', { name: /Note/ }).fill('Reviewed for the caching test');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  expect((await fetchPage(reader, view)).cache).toBe('hit');
  expect((await fetchPage(reader, '/recommendations')).cache).toBe('miss');
  await reader.dispose();
});

test('signed-in editors and client navigations are never served from the cache', async ({ page }) => {
  await signIn(page);
  const response = await page.request.get('/deals');
  expect(response.headers()['x-ties-cache']).toBeUndefined();
  const rsc = await page.request.get('/deals', { headers: { RSC: '1' } });
  expect(rsc.headers()['x-ties-cache']).toBeUndefined();
});
