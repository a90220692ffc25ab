import { expect, test } from './support/test';

// Each facet value is a checkbox named after its facet, value and count ("Buyer or host: Poland, 3 deals").
const facet = (page: import('@playwright/test').Page, group: string, value: string) =>
  page
    .getByRole('navigation', { name: 'Filter deals' })
    .getByRole('region', { name: group })
    .getByRole('checkbox', { name: new RegExp(`^${group}: ${value}, \\d+ deals?$`) });

test('a new user finds K2 deals with Poland from the home page in a few clicks', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
  await facet(page, 'Buyer or host', 'Poland').click();
  await expect(page).toHaveURL(/\/deals\?country=PL$/);
  await facet(page, 'System', 'K2 tank').click();
  await expect(page).toHaveURL(/\/deals\?country=PL&system=K2\+tank$/);
  const rows = page.getByTestId('deals-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('K2 main battle tanks for Poland');
  await expect(page.getByTestId('deal-totals')).toContainText('US$6.5bn in 1 deal');
  await expect(page.getByTestId('deal-totals')).toContainText('1 deal has no stated value.');
});

test('facet counts follow the filter', async ({ page }) => {
  await page.goto('/deals');
  const exportCount = facet(page, 'Cooperation type', 'Export').locator('[data-facet-count]');
  await expect(exportCount).toHaveText('2');
  await facet(page, 'Buyer or host', 'Poland').click();
  await expect(exportCount).toHaveText('1');
  // The chosen facet keeps offering its other values, counted without its own filter.
  await expect(facet(page, 'Buyer or host', 'Romania').locator('[data-facet-count]')).toHaveText('1');
  // Chosen, it is checked, and choosing it again removes it.
  await expect(facet(page, 'Buyer or host', 'Poland')).toHaveAttribute('aria-checked', 'true');
  await expect(facet(page, 'Buyer or host', 'Romania')).toHaveAttribute('aria-checked', 'false');
  await facet(page, 'Buyer or host', 'Poland').click();
  await expect(page).toHaveURL(/\/deals$/);
});

test('search is case- and accent-insensitive and works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/deals');
  await page.getByRole('searchbox', { name: 'Search deals' }).fill('boramae');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/deals\?q=boramae$/);
  await expect(page.getByTestId('deals-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('deals-table')).toContainText('Meteor missile integration on the KF-21 Boramae');
  await context.close();
});

test('a deal’s value links to its source', async ({ page }) => {
  await page.goto('/deals?country=RO');
  await page.getByRole('link', { name: /US\$1bn \(US\$1 billion\) — Source/ }).click();
  await expect(page).toHaveURL(/\/sources#ng-2024-hanwha-romanian-k9$/);
  await expect(page.locator('#ng-2024-hanwha-romanian-k9')).toContainText('Hanwha Aerospace confirms Romanian K9 buy');
});

test('columns sort, and the sorted column says so', async ({ page }) => {
  await page.goto('/deals');
  await page.getByRole('columnheader', { name: 'Stated value' }).getByRole('link').click();
  await expect(page).toHaveURL(/sort=-value/);
  await expect(page.getByRole('columnheader', { name: /Stated value/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByTestId('deals-table').locator('tbody tr').first()).toContainText('US$6.5bn');
});

test('an empty view offers to clear the filter that emptied it', async ({ page }) => {
  await page.goto('/deals?country=RO&stage=local-production');
  await expect(page.getByTestId('deals-empty')).toContainText('No deals match this view.');
  await page.getByRole('link', { name: /Remove “Stage” to see 1 deal/ }).click();
  await expect(page).toHaveURL(/\/deals\?country=RO$/);
  await expect(page.getByTestId('deals-table').locator('tbody tr')).toHaveCount(1);
});

test('malformed parameters are dropped with a notice, never an error', async ({ page }) => {
  const response = await page.goto('/deals?page=abc&type=barter&foo=%00');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status').filter({ hasText: 'were not understood' })).toContainText('type=barter');
  await expect(page.getByTestId('deals-table').locator('tbody tr')).toHaveCount(7);
});

test('a reordered URL is sent to its canonical form', async ({ page }) => {
  await page.goto('/deals?type=export&country=PL');
  await expect(page).toHaveURL(/\/deals\?country=PL&type=export$/);
});
