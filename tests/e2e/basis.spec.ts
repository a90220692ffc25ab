// What each value rests on, seen by a reader: a stated value links to its sentence in the paper,
// highlighted; an inferred one is marked and says why, on hover, on focus and to screen readers;
// the paper says under each paragraph which values rest on it.
import { expect, test } from './support/test';

test('a stated value links to its sentence in the paper, highlighted', async ({ page }) => {
  await page.goto('/deals/hanwha-k9-romania');
  const value = page.locator('[data-field="value"]');
  const mark = value.getByRole('link', { name: 'Stated' });
  // The note is the mark's description: the paper's words and where they stand.
  await expect(mark).toHaveAccessibleDescription(/Stated in the paper, What does each partner offer the other\?, paragraph 1: .*US\$1 billion K9 howitzer deal with Romania/);
  await mark.click();
  await expect(page).toHaveURL(/\/paper\?cite=deal%3Ahanwha-k9-romania%3Avalue#chapter-1-p1$/);
  await expect(page.locator('#chapter-1-p1 mark')).toHaveText(/Hanwha has won large supply contracts \(including a US\$1 billion K9 howitzer deal with Romania/);
  await expect(page.locator('mark')).toHaveCount(1);
});

test('an inferred value is marked as such and explains itself on hover and on focus', async ({ page }) => {
  await page.goto('/deals/hanwha-k9-romania');
  const date = page.locator('[data-field="date"]');
  const mark = date.getByText('Inferred', { exact: true });
  const note = date.getByRole('tooltip');
  await expect(mark).toHaveAttribute('tabindex', '0');
  await expect(note).toBeHidden();
  await mark.hover();
  await expect(note).toBeVisible();
  await expect(note).toContainText('Inferred, not stated: The month of the article the paper cites for the deal');
  await page.mouse.move(0, 0);
  await expect(note).toBeHidden();
  await mark.focus();
  await expect(note).toBeVisible();
  await expect(mark).toHaveAccessibleDescription(/Asian Military Review, 12 July 2024, footnote 2/);
});

test('a value the paper does not give has no basis to show, and says so', async ({ page }) => {
  await page.goto('/deals/meteor-kf21-integration');
  await expect(page.locator('[data-field="stage"]')).not.toContainText('Stated');
  await expect(page.locator('[data-field="localisation"]')).toContainText('Not stated');
  await expect(page.locator('[data-field="localisation"] .claim')).toHaveCount(0);
  // Who supplies is inferred here, and shown as such.
  await expect(page.locator('[data-field="supplierSide"]')).toContainText('The European side');
  await expect(page.locator('[data-field="supplierSide"] [data-basis="inferred"]')).toHaveCount(1);
});

test('the paper lists the values that rest on each paragraph', async ({ page }) => {
  await page.goto('/paper');
  const link = page.locator('#chapter-1-p2').getByRole('link', { name: /Deal: Light Armed Helicopter serial production \(.*stage.*\)/ });
  await expect(link).toHaveAttribute('href', '/deals/airbus-kai-light-armed-helicopter');
  await expect(page.locator('#fn-3').getByRole('link', { name: /Deal: K2 main battle tanks for Poland \(2025 contract\) \(value, stage\)/ })).toBeVisible();
});

test('the Korean deal page marks values in Korean', async ({ page }) => {
  await page.goto('/ko/deals/hanwha-k9-romania');
  await expect(page.locator('[data-field="value"]').getByRole('link', { name: '명시' })).toHaveAccessibleDescription(/보고서 ‘각 파트너는 서로에게 무엇을 제공하는가\?’ 1번째 문단에 명시/);
  await expect(page.locator('[data-field="date"]').getByText('추론', { exact: true })).toBeVisible();
});

test('an instrument’s budget and South Korea’s access link to the paper’s sentences', async ({ page }) => {
  await page.goto('/instruments/edf');
  const budget = page.getByTestId('instrument-budget');
  await budget.getByRole('link', { name: 'Stated' }).click();
  await expect(page).toHaveURL(/\/paper\?cite=instrument%3Aedf%3Abudget#european-union-p1$/);
  await expect(page.locator('#european-union-p1 mark')).toHaveText(/directing €8 billion until 2027/);
  await page.goto('/instruments/edf');
  await expect(page.getByTestId('access-explanation').getByRole('link', { name: 'Stated' })).toHaveAccessibleDescription(/restricts access to firms that are not established within the EU/);
});

test('the deals list marks inferred values, and "Stated values only" withholds them', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/deals?country=RO');
  const row = page.getByTestId('deals-table').locator('tr[data-slug="hanwha-k9-romania"]');
  // The date is the month of a cited article (inferred): marked, and explained on focus.
  const date = row.locator('td').nth(6);
  await expect(date.getByText('Inferred', { exact: true })).toBeVisible();
  await date.getByText('Inferred', { exact: true }).focus();
  await expect(date.getByRole('tooltip')).toContainText('The month of the article the paper cites');
  // A stated value carries no mark in the list (the deal's page says where it is stated).
  await expect(row.locator('td').nth(5)).toContainText('US$1bn');
  await expect(row.locator('td').nth(5).getByText('Stated', { exact: true })).toHaveCount(0);

  const rows = await page.getByTestId('deals-table').locator('tbody tr').count();
  await page.getByRole('navigation', { name: 'Filter deals' }).getByRole('checkbox', { name: 'Stated values only' }).click();
  await expect(page).toHaveURL(/\/deals\?country=RO&basis=stated$/);
  await expect(page.getByTestId('stated-only')).toContainText('Showing only what the sources state');
  await expect(page.getByTestId('view-description')).toContainText('only values the sources state');
  const stated = page.getByTestId('deals-table').locator('tr[data-slug="hanwha-k9-romania"]');
  await expect(stated.locator('td').nth(6)).toHaveText('not stated by a source');
  await expect(stated.locator('td').nth(5)).toContainText('US$1bn');
  // The rows are the same: the switch withholds values, it does not filter deals.
  await expect(page.getByTestId('deals-table').locator('tbody tr')).toHaveCount(rows);
  await page.getByRole('link', { name: 'Show every value, with what each rests on' }).click();
  await expect(page).toHaveURL(/\/deals\?country=RO$/);
});

test('a country’s memberships say what they rest on: the paper, or the body’s own list', async ({ page }) => {
  await page.goto('/countries/kr');
  const ip4 = page.locator('[data-membership="ip4"]');
  await ip4.getByRole('link', { name: 'Stated' }).click();
  await expect(page).toHaveURL(/\/paper\?cite=country%3Akr%3Aip4#recommendation-5$/);
  await expect(page.locator('#recommendation-5 mark')).toHaveText('cooperation with IP4 countries such as South Korea');
  // And the paper lists, under that recommendation, the membership that rests on it.
  await expect(page.locator('#recommendation-5').getByRole('link', { name: 'Country: Republic of Korea (IP4 partnership)' })).toHaveAttribute('href', '/countries/kr');

  await page.goto('/countries/pl');
  const eu = page.locator('[data-membership="eu"]');
  await expect(eu.getByRole('link', { name: 'From elsewhere' })).toHaveAttribute('href', '/sources#eu-member-countries');
  await eu.getByRole('link', { name: 'From elsewhere' }).focus();
  await expect(eu.getByRole('tooltip')).toContainText('EU countries');
});
