// Issue 17: every list view that changes has its own feed, named for feed readers in the page's head
// (autodiscovery) and linked in its share panel, in both languages; the paper's findings have none.
import { expect, test } from './support/test';

for (const [page, feed] of [
  ['/deals?country=PL&sort=-value', '/deals/feed.xml?country=PL'],
  ['/instruments?owner=EU&view=table', '/instruments/feed.xml?owner=EU'],
  ['/sources?sort=-date', '/sources/feed.xml'],
  ['/recommendations?actor=nato&sort=-progress', '/recommendations/feed.xml?actor=nato'],
  ['/ko/instruments?owner=NATO', '/ko/instruments/feed.xml?owner=NATO'],
] as const) {
  test(`${page} names and links its own feed, ${feed}`, async ({ page: browser, request }) => {
    await browser.goto(page);
    // Next writes the head's links absolute, from the site's address.
    const named = await browser.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(named && new URL(named, 'http://ties.test').pathname + new URL(named, 'http://ties.test').search).toBe(feed);
    await expect(browser.getByTestId('share-feed')).toHaveAttribute('href', feed);
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="http://127.0.0.1:${process.env.E2E_PORT ?? 3100}${feed.replace(/&/g, '&amp;')}"/>`);
  });
}

test('the paper’s findings, which editors do not change, offer no feed', async ({ page }) => {
  await page.goto('/findings');
  await expect(page.getByTestId('share-panel')).toBeVisible();
  await expect(page.getByTestId('share-feed')).toHaveCount(0);
  await expect(page.locator('head link[type="application/atom+xml"]')).toHaveCount(0);
});
