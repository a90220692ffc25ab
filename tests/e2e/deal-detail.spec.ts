// /deals/[slug] and the bibliography it links to, in a real browser. Expected facts come from the
// seed data and the interface text from the messages.
import { expect, test } from './support/test';
import { deals } from '../../prisma/seed/data/deals';
import { organisations } from '../../prisma/seed/data/parties';
import { sources } from '../../prisma/seed/data/sources';
import { dealStages } from '../../lib/schemas/deal';
import { catalogues } from '../../lib/i18n/messages';

const { en } = catalogues;

const k2 = deals.find((d) => d.slug === 'hyundai-rotem-k2-poland-2025');
if (!k2?.value || !k2.events?.length || !k2.stage) throw new Error('The seed no longer has the K2 deal with a value, a stage and events');
const k2Stage = k2.stage;
const k2Source = sources.find((s) => s.slug === k2.value?.sourceSlug);

test('a deal page shows its lifecycle as a timeline, each dated event linked to its source', async ({ page }) => {
  const response = await page.goto(`/deals/${k2.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(k2.title);
  const timeline = page.getByTestId('deal-timeline');
  const stages = timeline.locator(':scope > li');
  await expect(stages).toHaveCount(dealStages.length);
  // Only the current stage and the stages a sourced event records are shown as known; an earlier
  // stage without an event is "not recorded", never "reached".
  for (const [index, stage] of dealStages.entries()) {
    const recorded = (k2.events ?? []).some((e) => e.stage === stage);
    const [status, words] = stage === k2.stage ? ['current', en.dealDetail.timeline.current] : recorded ? ['recorded', en.dealDetail.timeline.recorded] : ['not-recorded', en.dealDetail.timeline.notRecorded];
    await expect(stages.nth(index)).toHaveAttribute('data-stage', stage);
    await expect(stages.nth(index)).toHaveAttribute('data-status', status);
    await expect(stages.nth(index)).toContainText(en.vocab.dealStage[stage]);
    await expect(stages.nth(index)).toContainText(words);
  }
  const current = k2Stage;
  if (dealStages.indexOf(current) > 0 && dealStages.slice(0, dealStages.indexOf(current)).some((s) => !(k2.events ?? []).some((e) => e.stage === s))) {
    await expect(timeline.locator('[data-status="not-recorded"]').first()).toBeVisible();
  }
  const events = timeline.getByTestId('deal-event');
  await expect(events).toHaveCount(k2.events?.length ?? 0);
  for (const e of k2.events ?? []) {
    const event = events.filter({ hasText: e.description });
    await expect(stages.nth(dealStages.indexOf(e.stage)).getByTestId('deal-event').filter({ hasText: e.description })).toHaveCount(1);
    await expect(event.getByRole('link')).toHaveAttribute('href', `/sources#${e.sourceSlug}`);
  }
});

test('the stated value links to its source entry on /sources, which is on that page', async ({ page }) => {
  await page.goto(`/deals/${k2.slug}`);
  const value = page.locator('[data-field="value"]');
  await expect(value).toContainText(k2.value?.text ?? '');
  // The value's own source; the other link, "Stated", goes to the paper's sentence (tests/e2e/basis.spec.ts).
  const link = value.getByRole('link').filter({ hasNotText: 'Stated' });
  await expect(link).toHaveAttribute('href', `/sources#${k2.value?.sourceSlug}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/sources#${k2.value?.sourceSlug}$`));
  const entry = page.locator(`[id="${k2.value?.sourceSlug}"]`);
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(k2Source?.title ?? 'missing source');
});

test('a deal page shows its organisations with their roles, its flags and its sources', async ({ page }) => {
  for (const d of deals) {
    await page.goto(`/deals/${d.slug}`);
    const orgs = page.getByTestId('deal-organisations').getByRole('listitem');
    await expect(orgs).toHaveCount(d.organisations.length);
    for (const o of d.organisations) {
      const name = organisations.find((org) => org.slug === o.slug)?.name ?? o.slug;
      await expect(orgs.filter({ hasText: name })).toContainText(en.vocab.organisationRole[o.role]);
      // Every organisation named is a link to its own page.
      await expect(orgs.filter({ hasText: name }).getByRole('link', { name })).toHaveAttribute('href', `/organisations/${o.slug}`);
    }
    // Nothing empty is left where no basis is recorded for the parties.
    expect(await page.getByTestId('deal-organisations').locator('xpath=following-sibling::p[not(normalize-space())]').count()).toBe(0);
    // Where the paper does not say, the page says so: never "No".
    const said = (flag: boolean | undefined) => en.vocab.statedFlag[flag === undefined ? 'empty' : flag ? 'true' : 'false'];
    await expect(page.locator('[data-field="localisation"]')).toContainText(said(d.localisation));
    await expect(page.locator('[data-field="technologyTransfer"]')).toContainText(said(d.technologyTransfer));
    const cited = page.getByRole('region', { name: 'Sources' }).getByRole('link');
    await expect(cited).toHaveCount(d.sourceSlugs.length);
    for (const slug of d.sourceSlugs) await expect(cited.and(page.locator(`[href="/sources#${slug}"]`))).toHaveCount(1);
    const recs = page.getByRole('region', { name: 'Recommendations of the paper' }).getByRole('link');
    await expect(recs).toHaveCount(d.recommendationNumbers?.length ?? 0);
    if (!d.value) await expect(page.locator('[data-field="value"]')).toContainText(en.common.noValue);
  }
});

test('an unknown deal is a 404', async ({ page }) => {
  const response = await page.goto('/deals/no-such-deal');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the bibliography entry of the K2 article lists the K2 deal as citing it', async ({ page }) => {
  await page.goto('/sources');
  const entry = page.locator(`[id="${k2Source?.slug}"]`);
  const citing = entry.locator('[data-group="deals"]').getByRole('link', { name: k2.title });
  await expect(citing).toHaveAttribute('href', `/deals/${k2.slug}`);
  await expect(entry.locator('[data-group="dealValues"]')).toContainText(k2.value?.text ?? '');
  await citing.click();
  await expect(page).toHaveURL(new RegExp(`/deals/${k2.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(k2.title);
});

test('the bibliography filters by text and orders by date', async ({ page }) => {
  await page.goto('/sources');
  await page.getByRole('searchbox', { name: 'Search the sources' }).fill('Korea Economic Daily');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/sources\?q=Korea\+Economic\+Daily$/);
  const expected = sources.filter((s) => s.publisher === 'The Korea Economic Daily');
  await expect(page.locator('main ol > li[id]')).toHaveCount(expected.length);
  await page.getByRole('link', { name: 'Newest first' }).click();
  await expect(page).toHaveURL(/\/sources\?q=Korea\+Economic\+Daily&sort=-date$/);
  const newest = [...expected].sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? ''))[0];
  await expect(page.locator('main ol > li[id]').first()).toHaveAttribute('id', newest?.slug ?? '');
});
