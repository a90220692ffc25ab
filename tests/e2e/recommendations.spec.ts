import { expect, test } from './support/test';

test('the scorecard shows all ten with status, progress, actors and review state', async ({ page }) => {
  await page.goto('/recommendations');
  const cards = page.getByTestId('scorecard').locator('> li');
  await expect(cards).toHaveCount(10);
  const second = cards.nth(1);
  await expect(second).toContainText('Defence Industry Forum');
  await expect(second.getByTestId('stage')).toHaveText('Not yet assessed');
  await expect(second.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  await expect(second).toContainText('0 of 3 milestones done');
  await expect(second).toContainText('Never reviewed');
  // Never assessed: not stale, and dated by its source, not by the day the database was filled.
  await expect(second).not.toContainText('Stale');
  await expect(second).toContainText('October 2025');
  await expect(page.getByRole('region', { name: 'What the statuses mean' })).toContainText('Partially implemented');
});

test('the scorecard filters by actor and status', async ({ page }) => {
  await page.goto('/recommendations');
  await page.getByRole('link', { name: 'Filter by NATO' }).click();
  await expect(page).toHaveURL(/\/recommendations\?actor=nato$/);
  const numbers = await page.getByTestId('scorecard').locator('> li').evaluateAll((els) => els.map((e) => e.getAttribute('data-number')));
  expect(numbers).toEqual(['1', '4', '5', '6']);
  await page.getByRole('link', { name: 'Filter by Implemented' }).click();
  await expect(page.getByText('No recommendation matches this view.')).toBeVisible();
});

test('a recommendation’s page shows its milestones and linked instruments', async ({ page }) => {
  await page.goto('/recommendations/4');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('DIANA');
  await expect(page.getByTestId('milestones').locator('li')).toHaveCount(3);
  await page.getByRole('region', { name: 'Linked instruments' }).getByRole('link', { name: /NIF/ }).click();
  await expect(page).toHaveURL(/\/instruments\/nif$/);
});

test('a recommendation number outside 1–10 is a 404', async ({ page }) => {
  for (const n of ['11', '0', 'abc', '4.5']) {
    const response = await page.goto(`/recommendations/${n}`);
    expect(response?.status()).toBe(404);
  }
});
