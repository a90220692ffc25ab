// The deals and instruments lists as a keyboard, screen-reader and phone user meets them: facets
// that are checkboxes named after what they filter, focus and an announcement after each change,
// a way past the facets, and a table whose every column can be reached at 360 px and at 1366 px.
import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { catalogues } from '../../lib/i18n/messages';

const { ko } = catalogues;

const dealFacets = (page: Page) => page.getByRole('navigation', { name: 'Filter deals' });
const dealRows = (page: Page) => page.getByTestId('deals-table').locator('tbody tr');
const countOf = async (option: Locator) => Number(await option.locator('[data-facet-count]').textContent());
const focusedControl = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-filter-control') ?? document.activeElement?.id ?? null);

test('each facet value is a checkbox that says its facet, value and count, in English and Korean', async ({ page }) => {
  await page.goto('/deals');
  const yes = dealFacets(page).getByRole('region', { name: 'Technology transfer' }).locator('[data-value="yes"]');
  const n = await countOf(yes);
  expect(n).toBeGreaterThan(0);
  await expect(dealFacets(page).getByRole('checkbox', { name: `Technology transfer: Yes, ${n} ${n === 1 ? 'deal' : 'deals'}`, exact: true })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  // No "☐" characters: the box is drawn, and hidden from screen readers.
  await expect(dealFacets(page)).not.toContainText('☐');

  await page.goto('/ko/deals?transfer=yes');
  const chosen = page
    .getByRole('navigation', { name: ko.deals.facets.heading })
    .getByRole('checkbox', { name: `${ko.deals.facets.transfer}: ${ko.deals.facets.yes}, 사례 ${n}건`, exact: true });
  await expect(chosen).toHaveAttribute('aria-checked', 'true');

  await page.goto('/instruments');
  await expect(page.getByRole('navigation', { name: 'Filter instruments' }).getByRole('checkbox', { name: /^Owner: NATO, \d+ instruments?$/ })).toHaveAttribute(
    'aria-checked',
    'false',
  );
});

test('a chosen value that nothing in the view has keeps its name, and the totals say nothing false', async ({ page }) => {
  await page.goto('/deals?country=RO&stage=local-production');
  const romania = dealFacets(page).getByRole('region', { name: 'Buyer or host' }).locator('[data-value="RO"]');
  await expect(romania).toHaveAttribute('aria-checked', 'true');
  await expect(romania).toContainText('Romania');
  await expect(romania).not.toContainText(/\bRO\b/);
  await expect(page.getByTestId('deal-totals')).toHaveText('No deals in this view, so no stated value.');
  await expect(page.getByTestId('deal-totals')).not.toContainText('Every deal');
});

test('after a facet is toggled by keyboard, focus stays on it and the new count is announced', async ({ page }) => {
  await page.goto('/deals');
  const poland = dealFacets(page).getByRole('region', { name: 'Buyer or host' }).locator('[data-value="PL"]');
  const n = await countOf(poland);
  await poland.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/deals\?country=PL$/);
  await expect(poland).toHaveAttribute('aria-checked', 'true');
  await expect(poland).toBeFocused();
  await expect(page.getByTestId('filter-announcement')).toHaveText(`${n} deals`);

  // Enter works too, and a control that goes away sends focus to the results' heading.
  const yes = dealFacets(page).getByRole('region', { name: 'Technology transfer' }).locator('[data-value="yes"]');
  await yes.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/deals\?country=PL&transfer=yes$/);
  await expect(yes).toBeFocused();
  const clear = dealFacets(page).getByRole('link', { name: 'Clear all filters' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/deals$/);
  await expect(page.getByRole('heading', { name: /^\d+ deals/ })).toBeFocused();
  expect(await focusedControl(page)).toBe('results');
  await expect(page.getByTestId('filter-announcement')).toHaveText(/^\d+ deals$/);
  await expect(dealFacets(page).getByRole('link', { name: 'Clear all filters' })).toHaveCount(0);
});

test('the instruments facets keep focus and announce the count as well', async ({ page }) => {
  await page.goto('/instruments');
  const nato = page.getByRole('navigation', { name: 'Filter instruments' }).getByRole('region', { name: 'Owner' }).locator('[data-value="NATO"]');
  const n = await countOf(nato);
  await nato.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/instruments\?owner=NATO$/);
  await expect(nato).toBeFocused();
  await expect(page.getByTestId('filter-announcement')).toHaveText(`${n} ${n === 1 ? 'instrument' : 'instruments'}`);
  await expect(page.getByRole('link', { name: 'Clear all filters' })).toBeVisible();
});

test('"Skip to results" comes before the facets and lands on the results', async ({ page }) => {
  await page.goto('/deals');
  const skip = page.getByRole('link', { name: 'Skip to results' });
  const before = await skip.evaluate((el) => {
    const nav = document.querySelector('nav[aria-label="Filter deals"]');
    return nav ? Boolean(el.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
  });
  expect(before).toBe(true);
  await skip.focus();
  await page.keyboard.press('Enter');
  expect(await focusedControl(page)).toBe('results');
});

test('"Clear all filters" is there whenever a filter is set, and the year range applies at once', async ({ page }) => {
  await page.goto('/deals');
  await expect(page.getByRole('link', { name: 'Clear all filters' })).toHaveCount(0);
  await page.getByLabel('From year').selectOption('2024');
  await expect(page).toHaveURL(/\/deals\?from=2024$/);
  await expect(page.getByLabel('From year')).toBeFocused();
  await expect(page.getByTestId('filter-announcement')).toHaveText(/^\d+ deals?$/);
  const rows = await dealRows(page).count();
  expect(rows).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/deals$/);
  expect(await dealRows(page).count()).toBeGreaterThan(rows);
});

test('without JavaScript the facets, the years and "Clear all" still filter', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/deals');
  await dealFacets(page).getByRole('checkbox', { name: /^Buyer or host: Poland, \d+ deals$/ }).click();
  await expect(page).toHaveURL(/\/deals\?country=PL$/);
  await expect(dealFacets(page).getByRole('checkbox', { name: /^Buyer or host: Poland,/ })).toHaveAttribute('aria-checked', 'true');
  const poland = await dealRows(page).count();
  await page.getByLabel('From year').selectOption('2025');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/deals\?country=PL&from=2025$/);
  expect(await dealRows(page).count()).toBeLessThan(poland);
  await page.getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/deals$/);
  await context.close();
});

/** Every column of every row can be seen whole: inside the scrolling box once scrolled to, with the row's first column still beside it. */
async function unreachableCells(page: Page) {
  return page.getByTestId('deals-table').evaluate((table) => {
    const box = table.parentElement!;
    const problems: string[] = [];
    for (const row of table.querySelectorAll('tr')) {
      const first = row.cells[0]!;
      for (const cell of Array.from(row.cells)) {
        if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`clipped: ${cell.textContent}`);
        cell.scrollIntoView({ block: 'nearest', inline: 'end' });
        const b = box.getBoundingClientRect();
        const c = cell.getBoundingClientRect();
        const f = first.getBoundingClientRect();
        const left = cell === first ? b.left : f.right;
        if (c.left < left - 1 || c.right > b.right + 1) problems.push(`out of reach: ${cell.textContent}`);
        if (f.left < b.left - 1 || f.right > b.right + 1) problems.push(`row lost at: ${cell.textContent}`);
      }
    }
    box.scrollLeft = 0;
    return problems;
  });
}

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('every column of the deals table is reachable and nothing is clipped', async ({ page }) => {
    for (const path of ['/deals', '/ko/deals']) {
      await page.goto(path);
      await expect(page.getByTestId('deals-table')).toBeVisible();
      // A wide screen has the room: the whole table shows without scrolling sideways.
      expect(await page.getByTestId('deals-table').evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
      expect(await unreachableCells(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('each deal is a card with every column, labelled and unclipped', async ({ page }) => {
    await page.goto('/deals');
    await expect(page.getByTestId('deals-table')).toBeHidden();
    const cards = page.getByTestId('deal-cards').locator('> li');
    await expect(cards).not.toHaveCount(0);
    const headers = ['System', 'Buyer or host', 'Organisations', 'Cooperation', 'Stage', 'Stated value', 'Date'];
    const problems = await cards.evaluateAll((items, labels) => {
      const out: string[] = [];
      const width = document.documentElement.clientWidth;
      for (const item of items) {
        const terms = Array.from(item.querySelectorAll('dt')).map((dt) => dt.textContent);
        if (JSON.stringify(terms) !== JSON.stringify(labels)) out.push(`${item.getAttribute('data-slug')}: ${terms.join('|')}`);
        for (const el of item.querySelectorAll<HTMLElement>('h3, dt, dd')) {
          const r = el.getBoundingClientRect();
          if (el.scrollWidth > el.clientWidth + 1 || r.right > width || r.left < 0) out.push(`clipped: ${el.textContent}`);
        }
      }
      return out;
    }, headers);
    expect(problems).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const [path, nav] of [
    ['/deals', 'Filter deals'],
    ['/instruments', 'Filter instruments'],
  ] as const) {
    test(`${path}: the facets come before the results, after a link that skips them`, async ({ page }) => {
      await page.goto(path);
      const facets = await page.getByRole('navigation', { name: nav }).boundingBox();
      const results = await page.locator('#results').boundingBox();
      const skip = await page.getByRole('link', { name: 'Skip to results' }).boundingBox();
      expect(skip!.y).toBeLessThan(facets!.y);
      expect(facets!.y).toBeLessThan(results!.y);
    });
  }

  for (const url of ['/deals', '/ko/deals', '/deals?country=RO&stage=local-production', '/ko/instruments?owner=NATO']) {
    test(`no serious or critical axe violations on ${url} at 360 px`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

for (const url of ['/deals?transfer=yes&from=2024', '/ko/deals?transfer=yes&from=2024', '/instruments?owner=NATO', '/ko/instruments?owner=NATO']) {
  test(`no serious or critical axe violations on ${url} with filters set`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
