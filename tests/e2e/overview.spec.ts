import { type Page } from '@playwright/test';
import { expect, test } from './support/test';

const charts = [
  { id: 'chart-deal-value-usd', title: 'Stated deal value by buyer or host country, USD' },
  { id: 'chart-deals-by-year', title: 'Deals per year, by cooperation type' },
  { id: 'chart-instrument-access', title: 'Instruments by South Korea’s access and owner' },
  { id: 'chart-recommendation-stage', title: 'Recommendations by status' },
];

/** Console errors and uncaught exceptions of a page, collected from here on. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** A table row, by its header cell, as the texts of its cells. */
async function rowCells(page: Page, chartId: string, header: string) {
  const row = page.locator(`#${chartId} tr`).filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
  return row.locator('th, td').allInnerTexts();
}

test('each chart has a title, a text alternative and an image named after it', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  for (const c of charts) {
    const figure = page.locator(`#${c.id}`);
    await expect(figure.getByRole('heading', { level: 3, name: c.title })).toBeVisible();
    // A chart is drawn once it nears the screen.
    await figure.scrollIntoViewIfNeeded();
    const svg = figure.locator('svg[role="img"]');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('aria-label', c.title);
    await expect(svg).toHaveAttribute('aria-describedby', `${c.id}-caption`);
    await expect(figure.locator(`#${c.id}-caption`)).toHaveText(/\d/);
  }
  await expect(page.locator('#chart-deal-value-usd-caption')).toContainText('Poland US$6.5bn (1 deal) and Romania US$1bn (1 deal)');
  await expect(page.getByText('5 deals have no stated value and are not in the chart: Republic of Korea 3 and Poland 2.')).toBeVisible();
  await expect(page.locator('#chart-deals-by-year-caption')).toContainText('3 undated deals are not plotted.');
  expect(errors).toEqual([]);
});

test('“Show as table” shows the chart’s numbers', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  for (const c of charts) {
    const figure = page.locator(`#${c.id}`);
    await expect(figure.getByRole('table')).toBeHidden();
    await figure.getByText('Show as table').click();
    await expect(figure.getByRole('table')).toBeVisible();
  }
  expect(await rowCells(page, 'chart-deal-value-usd', 'Poland')).toEqual(['Poland', 'US$6.5bn', '1']);
  expect(await rowCells(page, 'chart-deal-value-usd', 'Romania')).toEqual(['Romania', 'US$1bn', '1']);
  expect(await rowCells(page, 'chart-deals-by-year', '2023')).toEqual(['2023', '0', '1', '1', '2']);
  expect(await rowCells(page, 'chart-deals-by-year', 'Total')).toEqual(['Total', '2', '1', '1', '4']);
  expect(await rowCells(page, 'chart-instrument-access', 'Conditional')).toEqual(['Conditional', '2', '0', '2']);
  expect(await rowCells(page, 'chart-instrument-access', 'Total')).toEqual(['Total', '4', '5', '9']);
  expect(await rowCells(page, 'chart-recommendation-stage', 'Not yet assessed')).toEqual(['Not yet assessed', '10']);
  expect(errors).toEqual([]);
});

test('the tables are in the page without JavaScript, and print', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('figure table')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  for (const c of charts) await expect(page.locator(`#${c.id}`).getByRole('table')).toBeVisible();
  await context.close();
});

test('drawn charts print with their tables', async ({ page }) => {
  await page.goto('/');
  for (const c of charts) await page.locator(`#${c.id}`).scrollIntoViewIfNeeded();
  await expect(page.locator('svg[role="img"]')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  for (const c of charts) {
    await expect(page.locator(`#${c.id} svg[role="img"]`)).toBeVisible();
    await expect(page.locator(`#${c.id}`).getByRole('table')).toBeVisible();
  }
});

test('the charts draw without moving the page', async ({ page }) => {
  await page.goto('/');
  for (const c of charts) await page.locator(`#${c.id}`).scrollIntoViewIfNeeded();
  await expect(page.locator('svg[role="img"]')).toHaveCount(4);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test('the Korean overview labels its charts in Korean', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/ko');
  await expect(page.getByRole('heading', { level: 3, name: '현황별 정책 권고' })).toBeVisible();
  await expect(page.locator('#chart-deal-value-usd-caption')).toContainText('폴란드 US$65억(1건)');
  await expect(page.getByText('표로 보기')).toHaveCount(4);
  expect(errors).toEqual([]);
});
