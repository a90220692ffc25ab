// A page for every organisation and country, the header search (without JavaScript), the way back
// to the list a reader came from, and axe on the new pages in both languages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';

test('an organisation has a page with its deals and roles, reached from the deals list', async ({ page }) => {
  await page.goto('/deals?country=PL');
  await page.getByTestId('deals-table').locator('a[data-organisation="hyundai-rotem"]').first().click();
  await expect(page).toHaveURL(/\/organisations\/hyundai-rotem$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hyundai Rotem');
  const deals = page.getByTestId('entity-deal');
  await expect(deals.first()).toBeVisible();
  await expect(page.getByTestId('entity-deal-role').first()).toHaveText('Prime contractor');
  // "See all" opens the deals list narrowed to this organisation, with as many deals.
  const count = await deals.count();
  await page.getByTestId('entity-see-all').click();
  await expect(page).toHaveURL(/\/deals\?organisation=hyundai-rotem$/);
  await expect(page.getByTestId('deal-count')).toContainText(String(count));
});

test('a country has a page with its recorded memberships, deals and organisations', async ({ page }) => {
  await page.goto('/countries/kr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Republic of Korea');
  await expect(page.getByTestId('memberships')).toContainText("One of NATO's Indo-Pacific partners (IP4)");
  await expect(page.getByTestId('memberships')).not.toContainText('European Union');
  await expect(page.locator('#organisations a[data-organisation="hanwha-aerospace"]')).toBeVisible();
  await page.goto('/ko/countries/pl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('폴란드');
  await expect(page.getByTestId('memberships')).toContainText('NATO 회원국');
});

test('unknown organisations and countries are 404 pages, never errors', async ({ request }) => {
  for (const path of ['/organisations/no-such-body', '/organisations/Hyundai%20Rotem', '/countries/xx', '/countries/poland', '/ko/countries/zz']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // A malformed escape is refused before the page, with a clear 400.
  expect((await request.get('/organisations/%ff')).status()).toBe(400);
});

test('the header search works without JavaScript and finds KF-21 by "kf21"', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/instruments');
  await page.getByRole('searchbox', { name: 'Search Ties' }).fill('kf21');
  await page.getByTestId('header-search').getByRole('button', { name: 'Find' }).click();
  await expect(page).toHaveURL(/\/search\?q=kf21$/);
  await expect(page.getByTestId('search-total')).not.toContainText('Nothing');
  await expect(page.locator('[data-search-kind="deals"] li').first()).toContainText('KF-21');
  // In Korean, a Korean name finds its organisation.
  await page.goto('/ko/search?q=현대로템');
  await expect(page.locator('[data-search-kind="organisations"] a[data-organisation="hyundai-rotem"]')).toBeVisible();
  await context.close();
});

test('back to the list returns to the filtered view the reader came from', async ({ page }) => {
  await page.goto('/deals?country=PL&sort=title');
  await page.locator('table tbody a[href*="/deals/"]').first().click();
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page).toHaveURL(/\/deals\?country=PL&sort=title$/);
  // A `from` that is not this list is ignored: no open redirect.
  await page.goto('/deals/hyundai-rotem-k2-poland-2025?from=https://evil.example/deals');
  await expect(page.getByRole('link', { name: /All deals/ })).toHaveAttribute('href', '/deals');
  await page.goto('/instruments?owner=NATO&view=table');
  await page.locator('[data-testid="instruments-table"] a[href*="/instruments/"]').first().click();
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page).toHaveURL(/\/instruments\?owner=NATO&view=table$/);
  // From the default view the way back is simply the list.
  await page.goto('/instruments');
  await page.getByTestId('instrument-cards').getByRole('link', { name: 'SAFE', exact: true }).click();
  await expect(page.getByRole('link', { name: /All instruments/ })).toHaveAttribute('href', '/instruments');
});

for (const path of ['/organisations/hyundai-rotem', '/countries/pl', '/countries/kr', '/search?q=korea']) {
  for (const prefix of ['', '/ko']) {
    test(`no serious or critical axe violations on ${prefix}${path}`, async ({ page }) => {
      await page.goto(`${prefix}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['/organisations/hanwha-aerospace', '/countries/kr', '/search?q=k9']) {
    test(`${path} does not scroll sideways, and the header search is usable`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole('searchbox', { name: 'Search Ties' })).toBeVisible();
    });
  }
});
