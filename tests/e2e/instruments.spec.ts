// /instruments and /instruments/[code] in a real browser. Expected numbers come from the seed data
// and the interface text from the messages, so the tests follow them.
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { challenges } from '../../prisma/seed/data/challenges';
import { deals } from '../../prisma/seed/data/deals';
import { instruments } from '../../prisma/seed/data/instruments';
import { recommendations } from '../../prisma/seed/data/recommendations';
import { catalogues } from '../../lib/i18n/messages';

const { en, ko } = catalogues;

const facets = (page: Page) => page.getByRole('navigation', { name: 'Filter instruments' });
const facetLink = (page: Page, group: string, value: string) =>
  facets(page).getByRole('region', { name: group }).locator(`a[data-value="${value}"]`);
const facetCount = (page: Page, group: string, value: string) => facetLink(page, group, value).locator('[data-facet-count]');
const countOf = (pred: (i: (typeof instruments)[number]) => boolean) => String(instruments.filter(pred).length);

test('facet counts follow the other facets, not their own', async ({ page }) => {
  await page.goto('/instruments');
  const rows = page.getByTestId('instrument-card');
  await expect(rows).toHaveCount(instruments.length);
  await expect(facetCount(page, 'Kind', 'partnership-framework')).toHaveText(countOf((i) => i.kind === 'partnership-framework'));
  await expect(facetCount(page, 'Kind', 'grant-fund')).toHaveText(countOf((i) => i.kind === 'grant-fund'));
  await expect(facetCount(page, 'Access for South Korea', 'associated')).toHaveText(countOf((i) => i.accessLevel === 'associated'));

  await facets(page).getByRole('checkbox', { name: /^Owner: NATO, \d+ instruments$/, checked: false }).click();
  await expect(page).toHaveURL(/\/instruments\?owner=NATO$/);
  const nato = (i: (typeof instruments)[number]) => i.owner === 'NATO';
  await expect(rows).toHaveCount(instruments.filter(nato).length);
  // Kind and access now count NATO's instruments only…
  await expect(facetCount(page, 'Kind', 'grant-fund')).toHaveText(countOf((i) => nato(i) && i.kind === 'grant-fund'));
  await expect(facetCount(page, 'Kind', 'partnership-framework')).toHaveText(countOf((i) => nato(i) && i.kind === 'partnership-framework'));
  await expect(facetCount(page, 'Access for South Korea', 'associated')).toHaveText(countOf((i) => nato(i) && i.accessLevel === 'associated'));
  // …while the owner facet still offers the EU with its full count.
  await expect(facetCount(page, 'Owner', 'EU')).toHaveText(countOf((i) => i.owner === 'EU'));
  await expect(facetLink(page, 'Owner', 'NATO')).toHaveAttribute('aria-checked', 'true');

  await facetLink(page, 'Access for South Korea', 'dialogue').click();
  await expect(page).toHaveURL(/\/instruments\?owner=NATO&access=dialogue$/);
  await expect(rows).toHaveCount(instruments.filter((i) => nato(i) && i.accessLevel === 'dialogue').length);
  await expect(facetCount(page, 'Owner', 'EU')).toHaveText(countOf((i) => i.owner === 'EU' && i.accessLevel === 'dialogue'));
  await facets(page).getByRole('checkbox', { name: /^Owner: NATO, \d+ instruments?$/, checked: true }).click();
  await expect(page).toHaveURL(/\/instruments\?access=dialogue$/);
});

test('EU and NATO side by side is the default view; the table shows the same instruments and keeps the filters', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/instruments?access=associated');
  const views = page.getByRole('navigation', { name: 'View' });
  await expect(views.getByRole('link', { name: 'EU and NATO side by side' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('instruments-table')).toHaveCount(0);
  const associated = instruments.filter((i) => i.accessLevel === 'associated');
  const cards = page.getByTestId('instrument-card');
  await expect(cards).toHaveCount(associated.length);
  for (const i of associated) {
    const card = cards.filter({ has: page.getByRole('heading', { name: new RegExp(i.acronym) }) });
    await expect(card).toContainText(en.vocab.accessLevelDefinition.associated);
    // The link carries the view, for the instrument page's way back to it.
    await expect(card.getByRole('link', { name: i.acronym, exact: true })).toHaveAttribute('href', `/instruments/${i.code}?from=${encodeURIComponent('/instruments?access=associated')}`);
  }
  for (const owner of ['EU', 'NATO'] as const) {
    const n = associated.filter((i) => i.owner === owner).length;
    if (n) await expect(page.getByRole('heading', { level: 2, name: `${owner} instruments (${n})` })).toBeVisible();
  }
  // Side by side on a wide screen: the NATO column starts level with the EU one, to its right.
  await page.goto('/instruments');
  const eu = await page.getByRole('heading', { level: 2, name: /^EU instruments/ }).boundingBox();
  const nato = await page.getByRole('heading', { level: 2, name: /^NATO instruments/ }).boundingBox();
  expect(nato!.x).toBeGreaterThan(eu!.x + eu!.width);
  expect(Math.abs(nato!.y - eu!.y)).toBeLessThan(2);
  // The table keeps the filters, and its facet links stay in the table.
  await page.goto('/instruments?access=associated');
  await views.getByRole('link', { name: 'Table' }).click();
  await expect(page).toHaveURL(/\/instruments\?access=associated&view=table$/);
  await expect(page.getByTestId('instruments-table').locator('tbody tr')).toHaveCount(associated.length);
  await expect(facetLink(page, 'Owner', 'EU')).toHaveAttribute('href', /view=table/);
  await views.getByRole('link', { name: 'EU and NATO side by side' }).click();
  await expect(page).toHaveURL(/\/instruments\?access=associated$/);
  // A link shared when the comparison was called "cards" still opens it.
  await page.goto('/instruments?view=cards&owner=EU');
  await expect(page).toHaveURL(/\/instruments\?owner=EU$/);
  await expect(page.getByTestId('instrument-card')).toHaveCount(instruments.filter((i) => i.owner === 'EU').length);
});

test('on a 360 px phone the comparison stacks, and the table keeps its first column while the rest scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/instruments');
  const eu = await page.getByRole('heading', { level: 2, name: /^EU instruments/ }).boundingBox();
  const nato = await page.getByRole('heading', { level: 2, name: /^NATO instruments/ }).boundingBox();
  expect(nato!.y).toBeGreaterThan(eu!.y);
  // Nothing in a card is wider than the screen.
  const overflowing = await page.getByTestId('instrument-card').evaluateAll((cards) => cards.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
  expect(overflowing).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.goto('/instruments?view=table');
  const region = page.getByRole('region', { name: /Comparison of instruments/ });
  await expect(page.getByText(en.deals.scrollHint)).toBeVisible();
  const firstCell = page.getByTestId('instruments-table').locator('tbody tr').first().getByRole('rowheader');
  const before = await firstCell.boundingBox();
  await region.evaluate((el) => el.scrollBy({ left: 400 }));
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The instrument's name stays where it was; the last column (access) is reachable.
  expect((await firstCell.boundingBox())!.x).toBeCloseTo(before!.x, 0);
  await region.evaluate((el) => el.scrollBy({ left: 5000 }));
  const lastHeader = page.getByRole('columnheader', { name: /^Access for South Korea/ });
  const box = await lastHeader.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(361);
});

test('column headers sort, and say so with aria-sort', async ({ page }) => {
  await page.goto('/instruments?view=table');
  const header = (name: string) => page.getByRole('columnheader', { name: new RegExp(`^${name}`) });
  await expect(header('Instrument')).toHaveAttribute('aria-sort', 'ascending');
  // Owner and kind sort too: EU before NATO, then reversed.
  await header('Owner').getByRole('link').click();
  await expect(page).toHaveURL(/\?sort=owner&view=table$/);
  await expect(header('Owner')).toHaveAttribute('aria-sort', 'ascending');
  await header('Owner').getByRole('link').click();
  await expect(page).toHaveURL(/\?sort=-owner&view=table$/);
  await expect(page.getByTestId('instruments-table').locator('tbody tr').first().locator('td').first()).toHaveText('NATO');
  await header('Kind').getByRole('link').click();
  await expect(page).toHaveURL(/\?sort=kind&view=table$/);
  await header('Budget and period').getByRole('link').click();
  await expect(page).toHaveURL(/\?sort=budget&view=table$/);
  await expect(header('Budget and period')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('Instrument')).not.toHaveAttribute('aria-sort', /.+/);
  await header('Budget and period').getByRole('link').click();
  await expect(page).toHaveURL(/\?sort=-budget&view=table$/);
  await expect(header('Budget and period')).toHaveAttribute('aria-sort', 'descending');
  const largest = [...instruments].filter((i) => i.budget).sort((a, b) => (b.budget?.amount ?? 0) - (a.budget?.amount ?? 0))[0];
  await expect(page.getByTestId('instruments-table').locator('tbody tr').first().getByRole('rowheader')).toContainText(largest?.acronym ?? '—');

  // The comparison has no headers: its orders are links, and the current one says which way it runs.
  await page.goto('/instruments?sort=-budget');
  const sort = page.getByRole('navigation', { name: 'Sort by' });
  await expect(sort.getByRole('link', { name: 'budget (descending)' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('instrument-card').first()).toContainText(largest?.acronym ?? '—');
  await sort.getByRole('link', { name: 'kind', exact: true }).click();
  await expect(page).toHaveURL(/\/instruments\?sort=kind$/);
});

test('an empty view offers to remove the filter that emptied it; unknown parameters are reported', async ({ page }) => {
  await page.goto('/instruments?owner=NATO&kind=grant-fund');
  await expect(page.getByTestId('instruments-empty')).toContainText('No instrument matches this view.');
  const natoCount = instruments.filter((i) => i.owner === 'NATO').length;
  await page.getByRole('link', { name: `Remove the kind filter to see ${natoCount} instruments` }).click();
  await expect(page).toHaveURL(/\/instruments\?owner=NATO$/);
  await expect(page.getByTestId('instrument-card')).toHaveCount(natoCount);

  await page.goto('/instruments?kind=bogus&page=2');
  await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText('kind=bogus');
  await expect(page.getByTestId('instrument-card')).toHaveCount(instruments.length);
});

test('every instrument page explains South Korea’s access and links what is linked to it', async ({ page }) => {
  for (const i of instruments) {
    const response = await page.goto(`/instruments/${i.code}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(i.name);
    const access = page.getByTestId('access-explanation');
    await expect(access.getByRole('heading', { name: 'What South Korea’s access means in practice' })).toBeVisible();
    await expect(access).toContainText(en.vocab.accessLevel[i.accessLevel]);
    await expect(access).toContainText(en.vocab.accessLevelDefinition[i.accessLevel]);
    await expect(access).toContainText(i.accessNote);

    const recs = page.getByRole('region', { name: 'Recommendations of the paper' }).getByRole('link');
    const expectedRecs = recommendations.filter((r) => r.instrumentCodes?.includes(i.code));
    await expect(recs).toHaveCount(expectedRecs.length);
    for (const r of expectedRecs) {
      await expect(recs.filter({ hasText: r.title })).toHaveAttribute('href', `/recommendations/${r.number}`);
    }
    const dealLinks = page.getByRole('region', { name: 'Deals' }).getByRole('link');
    const expectedDeals = deals.filter((d) => d.instrumentCodes?.includes(i.code));
    await expect(dealLinks).toHaveCount(expectedDeals.length);
    for (const d of expectedDeals) await expect(dealLinks.filter({ hasText: d.title })).toHaveAttribute('href', `/deals/${d.slug}`);
    if (!expectedDeals.length) await expect(page.getByText(en.instrumentDetail.dealsNone)).toBeVisible();
    for (const c of challenges.filter((c) => c.instrumentCodes?.includes(i.code))) {
      await expect(page.getByRole('region', { name: 'Challenges' })).toContainText(c.title);
    }
    if (i.budget) {
      // The budget's own source; beside it, "Stated" goes to the paper's sentence (tests/e2e/basis.spec.ts).
      await expect(page.getByTestId('instrument-budget').getByRole('link').filter({ hasNotText: 'Stated' })).toHaveAttribute('href', `/sources#${i.budget.sourceSlug}`);
    }
  }
});

test('from the table to an instrument and back; an unknown code is a 404', async ({ page }) => {
  await page.goto('/instruments');
  await page.getByRole('link', { name: 'SAFE', exact: true }).click();
  await expect(page).toHaveURL(/\/instruments\/safe$/);
  await expect(page).toHaveTitle(/SAFE — Security Action for Europe/);
  await page.getByRole('link', { name: /All instruments/ }).click();
  await expect(page).toHaveURL(/\/instruments$/);

  const response = await page.goto('/instruments/no-such-instrument');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the Korean instrument page explains access in Korean', async ({ page }) => {
  const edip = instruments.find((i) => i.code === 'edip');
  if (!edip) throw new Error('The seed has no EDIP');
  await page.goto('/ko/instruments/edip');
  await expect(page.getByTestId('access-explanation')).toContainText(ko.vocab.accessLevelDefinition[edip.accessLevel]);
  await expect(page.getByRole('heading', { name: ko.instrumentDetail.accessHeading })).toBeVisible();
});
