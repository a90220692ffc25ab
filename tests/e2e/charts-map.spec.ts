// /deals as charts and as a map (issue 16), in Chromium against the production build: what is drawn
// equals the table and the downloads, every bar and country narrows the view, axe finds nothing.
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { parse } from 'csv-parse/sync';

const drawnBars = (page: Page, id: string) =>
  page.locator(`[data-chart-svg="${id}"] a[data-bar-key]`).evaluateAll((els) => els.map((e) => [e.getAttribute('data-bar-key'), Number(e.getAttribute('data-bar-value'))]));
const tableRows = (page: Page, id: string) =>
  page.locator(`[data-chart-table="${id}"] tbody tr`).evaluateAll((els) => els.map((e) => [e.getAttribute('data-row-key'), Number(e.getAttribute('data-row-value'))]));

test('the map draws each country with the count its table gives, and a click narrows the view', async ({ page }) => {
  await page.goto('/deals?view=map');
  const drawn = await page.locator('[data-chart-svg="map"] a[data-country]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-country'), Number(e.getAttribute('data-value'))]));
  expect(drawn.length).toBeGreaterThan(1);
  expect(Object.fromEntries(drawn)).toEqual(Object.fromEntries(await tableRows(page, 'map')));
  const poland = page.locator('[data-chart-svg="map"] a[data-country="PL"]');
  await expect(poland).toHaveAttribute('aria-label', /^Poland: \d+ deals?$/);
  const count = Number(await poland.getAttribute('data-value'));
  await poland.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/deals\?country=PL&view=map$/);
  await expect(page.getByTestId('deal-count')).toContainText(`${count} deal`);
});

test('every chart’s CSV holds exactly the bars it draws, and a bar narrows the view', async ({ page, request }) => {
  await page.goto('/deals?view=chart');
  const ids = await page.locator('[data-chart-svg]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-svg') ?? ''));
  expect(ids).toEqual(expect.arrayContaining(['country', 'year', 'type']));
  for (const id of ids) {
    const bars = await drawnBars(page, id);
    expect(bars).toEqual(await tableRows(page, id));
    const href = await page.locator(`#chart-${id} a[data-download="csv"]`).getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="ties-deals-.+\.csv"$/);
    const rows = parse((await response.text()).replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [Object.values(r)[0], Number(r.deals ?? r.stated_value)])).toEqual(bars);
    for (const format of ['svg', 'png']) {
      const file = await request.get((await page.locator(`#chart-${id} a[data-download="${format}"]`).getAttribute('href')) ?? '');
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toContain(format === 'svg' ? 'image/svg+xml' : 'image/png');
    }
  }
  await page.locator('[data-chart-svg="type"] a[data-bar-key]').first().click();
  await expect(page).toHaveURL(/\/deals\?type=[a-z-]+&view=chart$/);
});

for (const locale of ['', '/ko']) {
  for (const view of ['chart', 'map']) {
    test(`axe finds nothing on ${locale}/deals?view=${view}`, async ({ page }) => {
      await page.goto(`${locale}/deals?view=${view}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
}

for (const width of [360, 1366]) {
  test(`at ${width} px nothing is clipped or off screen on the charts and the map`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const view of ['chart', 'map']) {
      await page.goto(`/deals?view=${view}&layer=nato`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const svg = page.locator(`[data-chart-svg] svg`).first();
      const box = await svg.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    }
    await page.locator('#chart-map').screenshot({ path: `tests/e2e/__screenshots__/map-${width}.png` });
  });
}

test('in dark mode the map, its inset and its legend stay readable', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/deals?view=map&layer=nato');
  const map = page.locator('#chart-map');
  // Relative luminance (WCAG) of a computed colour, and the contrast of two.
  const contrast = await map.evaluate((figure) => {
    // Any CSS colour (Tailwind's are lab() and oklch()) to sRGB, by painting it on a 1×1 canvas.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const luminance = (css: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = css;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    let node: Element | null = figure;
    let background = 'rgb(0, 0, 0)';
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') {
        background = bg;
        break;
      }
      node = node.parentElement;
    }
    // The inset's label stands on a Canvas-coloured box: the page's own background in either scheme.
    const text = [...figure.querySelectorAll('svg text')].map((t) => ratio(getComputedStyle(t).fill, background));
    const caption = ratio(getComputedStyle(figure.querySelector('figcaption')!).color, background);
    return { background, text: Math.min(...text), caption };
  });
  // The page is dark; the inset's label and the caption read against it at 4.5:1 or more.
  expect(contrast.background).not.toBe('rgb(255, 255, 255)');
  expect(contrast.text).toBeGreaterThanOrEqual(4.5);
  expect(contrast.caption).toBeGreaterThanOrEqual(4.5);
  await map.screenshot({ path: 'tests/e2e/__screenshots__/map-1366-dark.png' });
});
