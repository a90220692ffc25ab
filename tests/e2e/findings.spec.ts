// /findings: what the paper finds, in its words. Facets narrow the list (as links, with or without
// JavaScript); each finding links to its sentence in the paper, highlighted; /paper lists it under its
// paragraph; a record's page says what the paper finds about it; Korean around English quotes; axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';

const cards = (page: import('@playwright/test').Page) => page.getByTestId('findings').locator('article');

test('choosing an actor narrows the findings to those about it', async ({ page }) => {
  await page.goto('/findings');
  const all = await cards(page).count();
  expect(all).toBeGreaterThan(30);
  await expect(page.getByTestId('finding-count')).toHaveText(`${all} findings`);
  await page.getByRole('checkbox', { name: /^About: NATO, \d+ findings$/ }).click();
  await expect(page).toHaveURL(/\/findings\?actor=nato$/);
  await expect(page.getByRole('checkbox', { name: /^About: NATO/ })).toHaveAttribute('aria-checked', 'true');
  const nato = await cards(page).count();
  expect(nato).toBeGreaterThan(0);
  expect(nato).toBeLessThan(all);
  await expect(page.getByTestId('finding-count')).toHaveText(`${nato} findings`);
  for (const meta of await cards(page).locator('p').first().allTextContents()) expect(meta).toContain('NATO');
  await expect(page.locator('#nato-stanags-niag')).toContainText('(STANAGs)');
  await expect(page.getByTestId('view-description')).toHaveText('Findings · about: NATO');
  // Then a theme, within it: NATO's own tools.
  await page.getByRole('checkbox', { name: /^Theme: A partner’s own tools/ }).click();
  await expect(page).toHaveURL(/\/findings\?actor=nato&theme=tool$/);
  expect(await cards(page).count()).toBeLessThan(nato);
  await expect(page.locator('#nato-stanags-niag')).toBeVisible();
});

test('a finding links to its sentence in the paper, highlighted, and the paper lists it under that paragraph', async ({ page }) => {
  await page.goto('/findings');
  const card = page.locator('#korea-ever-warm-factories');
  await expect(card.locator('blockquote')).toHaveAttribute('lang', 'en');
  await expect(card.locator('blockquote')).toContainText('kept ready ("ever-warm")');
  await card.getByRole('link', { name: 'South Korea, paragraph 1' }).click();
  await expect(page).toHaveURL(/\/paper\?cite=finding%3Akorea-ever-warm-factories#south-korea-p1$/);
  const paragraph = page.locator('#south-korea-p1');
  await expect(paragraph.locator('mark')).toContainText('South Korea maintains production facilities that are kept ready');
  await expect(page.locator('mark')).toHaveCount(1);
  await expect(paragraph.getByRole('link', { name: 'Finding: “Ever-warm” factories that fill large orders rapidly' })).toHaveAttribute('href', '/findings#korea-ever-warm-factories');
});

test('a deal’s page says what the paper finds about it, and the finding links back to the deal', async ({ page }) => {
  await page.goto('/deals/poland-k9-co-production');
  const section = page.getByRole('region', { name: 'What the paper finds' });
  await expect(section.locator('#korea-polish-co-production')).toContainText('Polish co-production of K9 howitzers, tanks, etc.');
  await page.goto('/findings#korea-polish-co-production');
  await page.locator('#korea-polish-co-production').getByRole('link', { name: 'Polish co-production of K9 howitzers' }).click();
  await expect(page).toHaveURL(/\/deals\/poland-k9-co-production$/);
});

test('the Korean page has Korean words around the English quotes', async ({ page }) => {
  await page.goto('/ko/findings?theme=challenge');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('보고서의 연구 결과');
  await expect(page.getByRole('heading', { level: 2, name: '행위자' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^주제: 과제, 연구 결과 \d+건$/ })).toHaveAttribute('aria-checked', 'true');
  const card = page.locator('#strategic-geography');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('서로 다른 전략적 지리가 장기 파트너십에 의문을 제기한다');
  await expect(card.locator('blockquote')).toHaveAttribute('lang', 'en');
  await expect(card.getByRole('link', { name: '‘어떤 과제가 남아 있는가?’ 7번째 문단' })).toHaveAttribute('href', /^\/ko\/paper\?cite=finding%3Astrategic-geography#chapter-2-p7$/);
});

test('the view exports as CSV and JSON, and a value it does not know is refused', async ({ request }) => {
  const csv = await request.get('/api/findings?actor=nato&theme=tool&format=csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const [head, ...lines] = (await csv.text()).trim().split(/\r?\n/);
  expect(head).toBe('"slug","theme","actors","title","title_ko","quote","anchor","paper_url","deals","instruments","recommendations","countries","updated_at","url"');
  expect(lines.some((l) => l.startsWith('"nato-stanags-niag","tool","nato",'))).toBe(true);
  const json = await (await request.get('/api/findings?q=ever-warm')).json();
  expect(json.total).toBe(1);
  expect(json.findings[0]).toMatchObject({ slug: 'korea-ever-warm-factories', anchor: 'south-korea-p1', actors: ['korea'], countries: ['KR'] });
  const bad = await request.get('/api/findings?actor=china');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).dropped).toEqual([{ key: 'actor', value: 'china' }]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the facets and the search still work', async ({ page }) => {
    await page.goto('/findings');
    await page.getByRole('checkbox', { name: /^About: South Korea/ }).click();
    await expect(page).toHaveURL(/\/findings\?actor=korea$/);
    await page.getByRole('searchbox', { name: 'Search the findings' }).fill('ever warm');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/findings\?q=ever\+warm&actor=korea$/);
    await expect(cards(page)).toHaveCount(1);
  });
});

for (const path of ['/findings', '/findings?actor=korea&theme=challenge', '/findings?q=nothing-at-all', '/deals/poland-k9-co-production', '/countries/kr']) {
  for (const prefix of ['', '/ko']) {
    test(`no serious or critical axe violations on ${prefix}${path}`, async ({ page }) => {
      await page.goto(`${prefix}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('at 360 px wide the list does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/findings');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
