// Readers share exactly the view they see, and take exactly that data away.
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';

const dealSlugs = (page: Page) => page.getByTestId('deals-table').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slug')));
const scorecard = (page: Page) => page.getByTestId('scorecard').locator('[data-number]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-number'))));
const instrumentCodes = (page: Page) =>
  page.getByTestId('instruments-table').locator('tbody tr a[href*="/instruments/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('?')[0]!.split('/').pop()));
const sourceSlugs = (page: Page) => page.locator('main ol > li[id]').evaluateAll((items) => items.map((li) => li.id));

/** The first-column values of a CSV export (after its header, which is its first line). */
function csvFirstColumn(csv: string): string[] {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^"[a-z_]+",/);
  return lines.slice(1).map((line) => JSON.parse(line.slice(0, line.indexOf('",') + 1)));
}

test('a copied link opened in a fresh browser shows the same rows in the same order', async ({ browser, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/deals');
  await page.getByRole('navigation', { name: 'Filter deals' }).getByRole('checkbox', { name: /^Buyer or host: Poland,/ }).click();
  await expect(page).toHaveURL(/\/deals\?country=PL$/);
  // Values sort largest first on the first click.
  await page.getByTestId('deals-table').getByRole('link', { name: 'Stated value' }).click();
  await expect(page).toHaveURL(/\/deals\?country=PL&sort=-value$/);
  await expect(page.getByTestId('view-description')).toHaveText('Deals · partner: Poland · by value, descending');
  await expect(page).toHaveTitle('Deals · partner: Poland · by value, descending · Ties');
  const rows = await dealSlugs(page);
  expect(rows.length).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  expect(await dealSlugs(other)).toEqual(rows);
  await expect(other.getByTestId('view-description')).toHaveText('Deals · partner: Poland · by value, descending');
  await fresh.close();
});

test('the same state gives the same URL whatever the click order, and back and forward restore views', async ({ page }) => {
  const filters = page.getByRole('navigation', { name: 'Filter deals' });
  await page.goto('/deals');
  await filters.getByRole('checkbox', { name: /^Cooperation type: Export,/ }).click();
  await expect(page).toHaveURL(/\/deals\?type=export$/);
  await filters.getByRole('checkbox', { name: /^Buyer or host: Poland,/ }).click();
  await expect(page).toHaveURL(/\/deals\?country=PL&type=export$/);
  const first = page.url();

  await page.goto('/deals');
  await filters.getByRole('checkbox', { name: /^Buyer or host: Poland,/ }).click();
  await expect(page).toHaveURL(/\/deals\?country=PL$/);
  await filters.getByRole('checkbox', { name: /^Cooperation type: Export,/ }).click();
  await expect(page).toHaveURL(/\/deals\?country=PL&type=export$/);
  expect(page.url()).toBe(first);
  const filtered = await dealSlugs(page);

  await page.goBack();
  await expect(page).toHaveURL(/\/deals\?country=PL$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/deals$/);
  expect((await dealSlugs(page)).length).toBeGreaterThan(filtered.length);
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(first);
  expect(await dealSlugs(page)).toEqual(filtered);
});

test('exports equal the view, row for row, from the buttons', async ({ page }) => {
  await page.goto('/deals?country=PL&sort=title');
  const rows = await dealSlugs(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download this view as CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csvFirstColumn(csv)).toEqual(rows);

  const jsonHref = await page.getByRole('link', { name: 'Download this view as JSON' }).getAttribute('href');
  const json = await (await page.request.get(jsonHref!)).json();
  expect(json.deals.map((d: { slug: string }) => d.slug)).toEqual(rows);
  expect(json.citation.url).toBe(page.url());
});

test('every list exports what it shows, through the API with the page’s own parameters', async ({ page }) => {
  const views: Array<[path: string, api: string, read: (p: Page) => Promise<unknown[]>, key: string]> = [
    ['/deals?type=export&sort=-date', 'deals', dealSlugs, 'slug'],
    ['/instruments?owner=EU&sort=-budget&view=table', 'instruments', instrumentCodes, 'code'],
    ['/recommendations?actor=eu&sort=-progress', 'recommendations', scorecard, 'number'],
    ['/sources?q=korea&sort=-date', 'sources', sourceSlugs, 'slug'],
    ['/ko/recommendations?stage=not-assessed&sort=reviewed', 'recommendations', scorecard, 'number'],
  ];
  for (const [path, api, read, key] of views) {
    await page.goto(path);
    const shown = await read(page);
    expect(shown.length, path).toBeGreaterThan(0);
    const query = path.split('?')[1];
    const json = await (await page.request.get(`/api/${api}?${query}`)).json();
    expect(json[api].map((row: Record<string, unknown>) => row[key]), path).toEqual(shown);
    const csv = await (await page.request.get(`/api/${api}?${query}&format=csv`)).text();
    expect(csvFirstColumn(csv).map(String), path).toEqual(shown.map(String));
  }
});

test('link previews describe the filtered view, with a server-made card', async ({ page, request }) => {
  await page.goto('/ko/deals?country=RO');
  await expect(page).toHaveTitle(/^협력 사례 · 상대국: 루마니아/);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toContain('/api/og/deals?country=RO&locale=ko');
  const card = await request.get(image!);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
  expect((await card.body()).length).toBeGreaterThan(10_000);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/deals\?country=RO$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/ko\/deals\?country=RO$/);
});

test('embeds can be framed anywhere, and nothing else can', async ({ page, request }) => {
  const embed = await request.get('/embed/recommendations?actor=eu');
  expect(embed.status()).toBe(200);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  const listPage = await request.get('/recommendations?actor=eu');
  expect(listPage.headers()['x-frame-options']).toBe('DENY');
  expect(listPage.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

  await page.goto('/recommendations?actor=eu');
  const expected = await scorecard(page);
  const origin = new URL(page.url()).origin;
  await page.setContent(`<iframe title="scorecard" src="${origin}/embed/recommendations?actor=eu" width="800" height="600"></iframe>`);
  const frame = page.frameLocator('iframe[title="scorecard"]');
  await expect(frame.getByTestId('scorecard')).toBeVisible();
  expect(await frame.getByTestId('scorecard').locator('[data-number]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-number'))))).toEqual(expected);
  await expect(frame.getByRole('banner')).toHaveCount(0);

  await page.goto(`${origin}/ko/embed/deals?country=PL`);
  // The embedded view's charts, each under its own heading, in Korean.
  await expect(page.getByRole('heading', { level: 3 })).toContainText(['구매국·수용국별 협력 사례', '연도별 협력 사례', '협력 유형별 사례']);
  await expect(page.getByRole('link', { name: 'Ties에서 전체 보기' })).toHaveAttribute('href', /\/ko\/deals\?country=PL$/);
});

test('list and detail pages print without navigation, with full tables and the view’s address', async ({ page }) => {
  await page.goto('/instruments?owner=NATO&view=table');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: /Filter/ })).toBeHidden();
  await expect(page.getByTestId('printed-address')).toHaveText(/^Printed from http:\/\/.+\/instruments\?owner=NATO&view=table$/);
  const overflow = await page.getByTestId('instruments-table').evaluate((table) => getComputedStyle(table.parentElement!).overflowX);
  expect(overflow).toBe('visible');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('printed-address')).toBeHidden();

  // Detail pages too, in either language.
  await page.goto('/ko/recommendations/4');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByTestId('printed-address')).toHaveText(/^인쇄한 주소: http:\/\/.+\/ko\/recommendations\/4$/);
});

test('every list has a share panel: its link, an embed of the same view that frames, and its data named after the view', async ({ page, request }) => {
  const views = [
    { path: '/deals?country=PL', kind: 'deals', word: 'poland', rows: (p: Page) => p.locator('[data-chart-svg]') },
    { path: '/instruments?owner=NATO', kind: 'instruments', word: 'nato', rows: (p: Page) => p.getByTestId('embed-instruments').locator('tbody tr') },
    { path: '/recommendations?actor=eu', kind: 'recommendations', word: 'eu', rows: (p: Page) => p.getByTestId('scorecard').locator('tbody tr') },
    { path: '/sources?q=korea', kind: 'sources', word: 'korea', rows: (p: Page) => p.getByTestId('embed-sources').locator('li') },
    { path: '/findings?actor=nato', kind: 'findings', word: 'nato', rows: (p: Page) => p.getByTestId('embed-findings').locator('li') },
  ];
  for (const view of views) {
    await page.goto(view.path);
    const panel = page.getByTestId('share-panel');
    await expect(panel.getByRole('heading', { name: 'Share and download' })).toBeVisible();
    await expect(panel.getByTestId('share-link')).toHaveValue(new RegExp(`^http://[^/]+${view.path.replace(/[?]/g, '\\?')}$`));
    const csv = panel.getByTestId('share-csv');
    const file = await csv.getAttribute('download');
    expect(file).toMatch(new RegExp(`^ties-${view.kind}-${view.word}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    await expect(panel.getByTestId('share-file')).toContainText(file!);
    // The API names the same file the same way.
    const exported = await request.get((await csv.getAttribute('href'))!);
    expect(exported.headers()['content-disposition']).toBe(`attachment; filename="${file}"`);

    const code = await panel.getByTestId('share-embed').inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
    expect(src).toMatch(new RegExp(`/embed/${view.kind}\\?`));
    expect(code).toMatch(/height="\d+"/);
    const embed = await request.get(src!);
    expect(embed.status()).toBe(200);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    await page.goto(src!);
    expect(await view.rows(page).count()).toBeGreaterThan(0);
  }
  // The embed holds the same rows as the list it came from.
  await page.goto('/instruments?owner=NATO&view=table');
  const listed = await instrumentCodes(page);
  await page.goto('/embed/instruments?owner=NATO');
  expect(await page.getByTestId('embed-instruments').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))).toEqual(listed);
  await expect(page.getByTestId('embed-instruments').getByRole('link').first()).toHaveAttribute('target', '_top');
});
