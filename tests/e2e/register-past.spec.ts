// The register as it stood on a past day: an editor renames a deal today; the deals list, the deal's
// page, its export and the other lists as of yesterday show it as it was, marked as a past view, in
// both languages and without JavaScript; today's pages show the new name.
import { expect, test } from './support/test';
import { control, signIn } from './support/editor';

const SLUG = 'mbda-kai-cooperation-2023';
const OLD = 'MBDA–KAI cooperation on European missiles for Korean platforms';
const NEW = 'MBDA–KAI cooperation, renamed for the past-view test';
// Every save of the browser tests is made today, so the end of yesterday is before all of them.
const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page);
  await page.goto(`/deals/${SLUG}/edit`);
  const form = page.getByTestId('record-form');
  await control(form, 'Title').fill(NEW);
  await control(form, 'Note: what changed, and why').fill('Renamed for the past-view test');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(NEW);
  await page.close();
});

test('the deals list as of yesterday shows the deal as it was, marked as a past view; today shows the new name', async ({ page }) => {
  await page.goto(`/deals?q=MBDA&asof=${yesterday}`);
  await expect(page.getByTestId('past-view')).toContainText('This list as it stood at the end of');
  const table = page.getByTestId('deals-table');
  await expect(table).toContainText(OLD);
  await expect(table).not.toContainText(NEW);
  // Facets and sorting keep the day.
  await expect(page.locator('aside a[href*="country="]').first()).toHaveAttribute('href', new RegExp(`asof=${yesterday}`));
  await expect(page.locator('th a[href*="sort="]').first()).toHaveAttribute('href', new RegExp(`asof=${yesterday}`));

  // The deal opened from that list opens as it stood that day: today's title beside the old one.
  await table.getByRole('link', { name: OLD }).click();
  await expect(page).toHaveURL(new RegExp(`/deals/${SLUG}\\?.*asof=${yesterday}`));
  await expect(page.getByTestId('past-view')).toContainText('This record as it stood at the end of');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OLD);
  const title = page.getByTestId('past-values').locator('tr[data-field="title"]');
  await expect(title).toHaveAttribute('data-changed', 'true');
  await expect(title).toContainText(NEW);
  await page.getByRole('link', { name: 'See it as it stands today' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW);

  // Today's list has the new name; a search for a word only the new name has finds nothing yesterday.
  await page.goto('/deals?q=renamed');
  await expect(page.getByTestId('deals-table')).toContainText(NEW);
  await page.goto(`/deals?q=renamed&asof=${yesterday}`);
  await expect(page.getByTestId('deal-count')).toContainText('No deals');
});

test('the export of a past view holds the deal as it was and says which day it is of', async ({ request }) => {
  const json = await (await request.get(`/api/deals?q=MBDA&asof=${yesterday}`)).json();
  expect(json.deals.map((d: { title: string }) => d.title)).toContain(OLD);
  expect(json.citation.as_of).toBe(yesterday);
  expect(json.view.description).toContain('as it stood at the end of');
  const today = await (await request.get('/api/deals?q=MBDA')).json();
  expect(today.deals.map((d: { title: string }) => d.title)).toContain(NEW);
  // A chart file is of today's view: a past day is named as a parameter it does not take.
  const embed = await request.get(`/api/charts/deals/country?asof=${yesterday}`);
  expect(embed.status()).toBe(400);
});

test('the instruments and sources lists, in Korean too, and a day picked without JavaScript', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`/instruments?asof=${yesterday}`);
  await expect(page.getByTestId('past-view')).toBeVisible();
  await page.goto(`/ko/sources?asof=${yesterday}`);
  await expect(page.getByTestId('past-view')).toContainText('종료 시점(UTC)의 이 목록');

  await page.goto('/deals?country=KR');
  const form = page.getByRole('form', { name: 'This list on a past day' });
  await form.getByLabel('As it stood on').fill(yesterday);
  await form.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`/deals\\?.*asof=${yesterday}`));
  await expect(page).toHaveURL(/country=KR/);
  await expect(page.getByTestId('past-view')).toBeVisible();
  await expect(page.getByTestId('deals-table')).toContainText(OLD);
});

test('the comparison of two days lists the register’s records added and changed in between, with their CSV', async ({ page, request }) => {
  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`/recommendations/changes?from=${yesterday}&to=${today}`);
  const row = page.getByTestId('register-changes').locator(`tr[data-record="deal/${SLUG}"]`);
  // Its title (deal-events-links.spec.ts changed its events and links today too).
  await expect(row).toContainText(/Changed: .*Title/);
  // And each list as it stood at the end of the second day.
  await expect(page.getByRole('link', { name: 'instruments', exact: true })).toHaveAttribute('href', `/instruments?asof=${today}`);
  await row.getByRole('link', { name: SLUG }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW);
  const csv = await (await request.get(`/api/register/changes?from=${yesterday}&to=${today}&format=csv`)).text();
  expect(csv).toMatch(new RegExp(`"deal","${SLUG}","false","false","false","[^"]*title[^"]*"`));
});
