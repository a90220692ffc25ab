import { expect, test } from './support/test';

const sections = [
  { path: '/', heading: /Ties between South Korea/ },
  { path: '/deals', heading: 'Deals' },
  { path: '/instruments', heading: 'Instruments' },
  { path: '/recommendations', heading: 'Recommendations' },
  { path: '/sources', heading: 'Sources' },
];

test('every section renders its heading and the navigation leads to the others', async ({ page }) => {
  for (const s of sections) {
    const response = await page.goto(s.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: s.heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
  await expect(page).toHaveURL(/\/deals$/);
  await expect(page.getByRole('link', { name: 'Deals' })).toHaveAttribute('aria-current', 'page');
});

test('the seeded data is on the pages', async ({ page }) => {
  await page.goto('/deals');
  const k2 = page.getByRole('row', { name: /K2 main battle tanks for Poland/ });
  await expect(k2).toContainText('US$6.5bn');
  await expect(k2).toContainText('July 2025');
  await page.goto('/instruments?view=table');
  await expect(page.getByRole('row', { name: /SAFE/ })).toContainText('€150bn');
  await page.goto('/recommendations');
  await expect(page.getByRole('listitem').filter({ hasText: 'Defence Industry Forum' })).toContainText('Not yet assessed');
  await page.goto('/sources');
  await expect(page.locator('#shin-lee-2025-k2-poland')).toContainText('The Korea Economic Daily');
});

test('the footer cites the paper', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('contentinfo')).toContainText('Ties That Truly Bind?');
});

test('an unknown page is a 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('Korean pages declare their language and keep the path', async ({ page }) => {
  await page.goto('/deals');
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(/\/ko\/deals$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('협력 사례');
  // Record text is seeded in Korean too, not only the interface.
  await expect(page.getByTestId('deals-table')).toContainText('루마니아 K9 자주포 수출');
});

test('the health endpoint reports the app and the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } });
});

test('responses carry the security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-powered-by']).toBeUndefined();
});
