// axe on every page, in both languages, and the pages at 360 px wide.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';

const pages = [
  '/',
  '/deals',
  '/deals?country=PL&sort=-value',
  '/deals?country=RO&stage=local-production',
  '/deals/hyundai-rotem-k2-poland-2025',
  '/instruments',
  '/instruments?view=table',
  '/instruments/safe',
  '/recommendations',
  '/recommendations/2',
  '/sources',
  '/paper',
  '/paper?cite=key-figure:rok-defence-exports-2023',
  '/embed/instruments?owner=NATO',
  '/embed/sources',
  '/embed/findings?theme=remedy',
  '/no-such-page',
];

for (const path of pages) {
  for (const prefix of ['', '/ko']) {
    const url = `${prefix}${path === '/' && prefix ? '' : path}`;
    test(`no serious or critical axe violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['/', '/deals', '/instruments', '/recommendations', '/sources', '/paper', '/deals/hanwha-k9-romania']) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
  await page.goto('/deals');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? getComputedStyle(el).outlineStyle : 'none';
  });
  expect(outline).not.toBe('none');
});
