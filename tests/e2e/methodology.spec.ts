// /methodology in both languages: its headings, every name of the vocabularies it defines, counts that
// agree with what each list page reports, the tracker's real staleness rule, axe, 360 px and no script.
// Expected words come from the catalogues and the vocabularies, so the tests follow them.
import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { catalogues } from '../../lib/i18n/messages';
import { dealStages } from '../../lib/schemas/deal';
import { accessLevels } from '../../lib/schemas/instrument';
import { recommendationStages } from '../../lib/schemas/recommendation';
import { STALE_AFTER_DAYS } from '../../lib/tracker/progress';

const languages = [
  { prefix: '', messages: catalogues.en },
  { prefix: '/ko', messages: catalogues.ko },
] as const;

/** Where each list page states its size (its results heading or status line). */
const listCount: Record<string, (page: Page) => Locator> = {
  deals: (page) => page.getByTestId('deal-count'),
  instruments: (page) => page.getByTestId('instrument-count'),
  recommendations: (page) => page.locator('main p[role="status"]').first(),
  findings: (page) => page.getByTestId('finding-count'),
  sources: (page) => page.locator('main p[role="status"]').first(),
};

const firstNumber = (text: string | null) => Number(/\d[\d,]*/.exec(text ?? '')?.[0].replace(/,/g, '') ?? NaN);

for (const { prefix, messages } of languages) {
  const m = messages.methodology;
  const path = `${prefix}/methodology`;

  test(`${path} has its headings and defines every stage and access level by its own name`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'ko' : 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.title);
    for (const heading of [m.scope.heading, m.definitions.heading, m.basis.heading, m.tracker.heading, m.dates.heading]) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
    const terms = (id: string) => page.getByTestId(id).locator('dt');
    await expect(terms('recommendation-stages')).toHaveText(recommendationStages.map((s) => messages.vocab.recommendationStage[s]));
    await expect(page.getByTestId('recommendation-stages').locator('dd')).toHaveText(recommendationStages.map((s) => messages.vocab.recommendationStageDefinition[s]));
    await expect(terms('access-levels')).toHaveText(accessLevels.map((a) => messages.vocab.accessLevel[a]));
    await expect(page.getByTestId('access-levels').locator('dd')).toHaveText(accessLevels.map((a) => messages.vocab.accessLevelDefinition[a]));
    await expect(terms('deal-stages')).toHaveText([...dealStages.map((s) => messages.vocab.dealStage[s]), messages.vocab.dealStage.empty]);
    await expect(terms('claim-bases')).toHaveText([messages.vocab.claimBasis.stated, messages.vocab.claimBasis.inferred, messages.vocab.claimBasis.reference]);
    // The milestones are said to be Ties' own, in the words the recommendation pages use.
    await expect(page.getByText(messages.recommendationDetail.milestonesBasis)).toBeVisible();
    // The staleness rule states the tracker's real number of days.
    await expect(page.getByTestId('stale-rule')).toContainText(String(STALE_AFTER_DAYS));
    await expect(page.getByTestId('stale-rule')).toContainText(messages.vocab.recommendationStage['not-assessed']);
  });

  test(`${path} counts what each list page reports`, async ({ page }) => {
    const reported: Record<string, number> = {};
    for (const [kind, locate] of Object.entries(listCount)) {
      await page.goto(`${prefix}/${kind}`);
      reported[kind] = firstNumber(await locate(page).textContent());
      expect(reported[kind], `${kind} reports a count`).toBeGreaterThan(0);
    }
    await page.goto(path);
    for (const kind of Object.keys(listCount)) {
      const link = page.getByTestId('register-counts').locator(`a[data-count="${kind}"]`);
      expect(firstNumber(await link.textContent()), kind).toBe(reported[kind]);
      await expect(link).toHaveAttribute('href', `${prefix}/${kind}`);
    }
    // The paper's ten recommendations, and every instrument the instruments page lists, by name.
    expect(reported.recommendations).toBe(10);
    await page.goto(`${prefix}/instruments`);
    const acronyms = await page.getByTestId('instrument-card').locator('h3 a').allTextContents();
    await page.goto(path);
    const named = await page.getByTestId('register-counts').locator('li[data-owner] a').allTextContents();
    expect(named.sort()).toEqual(acronyms.map((a) => a.trim()).sort());
    // Stated, inferred and from elsewhere: each a count of its own, and none of them empty.
    for (const basis of ['stated', 'inferred', 'reference']) {
      expect(firstNumber(await page.locator(`[data-basis-count="${basis}"]`).textContent()), basis).toBeGreaterThan(0);
    }
  });

  test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('at 360 px wide, without JavaScript', () => {
  test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  for (const { prefix, messages } of languages) {
    test(`${prefix}/methodology does not scroll sideways, and the footer links to it`, async ({ page }) => {
      await page.goto(`${prefix}/deals`);
      await page.getByRole('contentinfo').getByRole('link', { name: messages.methodology.footerLink }).click();
      await expect(page).toHaveURL((url) => url.pathname === `${prefix}/methodology`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.methodology.title);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByTestId('register-counts').locator('dt')).toHaveCount(5);
    });
  }
});
