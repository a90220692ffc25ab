import { expect, test } from './support/test';

test('the bibliography searches with a plain form and keeps the chosen order', async ({ page }) => {
  await page.goto('/sources?sort=-date');
  const label = 'Search the sources';
  await page.getByRole('searchbox', { name: label }).fill('K2 tank');
  await page.getByRole('searchbox', { name: label }).press('Enter');
  await expect(page).toHaveURL(/\/sources\?q=K2\+tank&sort=-date$/);
  await expect(page.locator('#shin-lee-2025-k2-poland')).toBeVisible();
  await expect(page.locator('#ng-2024-hanwha-romanian-k9')).toHaveCount(0);
});
