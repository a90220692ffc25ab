// An editor keeps a deal's lifecycle and its links current: an event, and a link to an instrument
// with what it rests on, refused without its basis (what was typed kept), then shown on the deal's
// page and in its history; and the same with JavaScript off, as a plain form POST.
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { control, editorPage, signIn } from './support/editor';

const NOTE = /^Note: what changed, and why/;
const REASON = 'MBDA’s missiles on KAI platforms bear on EDF calls open to non-EU-controlled partners.';

/** The event row after the deal's own events: the first of the empty rows the form adds. */
async function emptyEventRow(form: Locator): Promise<Locator> {
  const rows = form.locator('fieldset[data-event-row]');
  return rows.nth((await rows.count()) - 2);
}

async function fillEvent(row: Locator, event: { date: string; stage: string; description: string; descriptionKo?: string }) {
  await control(row, 'Date of the event').fill(event.date);
  await control(row, 'Stage it records').selectOption(event.stage);
  // A source of the register: the first one offered.
  const source = control(row, 'Source of the event');
  await source.selectOption((await source.locator('option').nth(1).getAttribute('value'))!);
  await control(row, 'What happened').fill(event.description);
  if (event.descriptionKo) await control(row, 'What happened, in Korean').fill(event.descriptionKo);
}

const link = (form: Locator, name: RegExp) => form.getByRole('group', { name });

test('an editor adds an event and an instrument link with its basis; both show on the deal page and in its history', async ({ page }) => {
  await signIn(page);
  await page.goto('/deals/mbda-kai-cooperation-2023/edit');
  const form = page.getByTestId('record-form');
  await fillEvent(await emptyEventRow(form), { date: '2026-05', stage: 'deliveries', description: 'First Meteor missiles delivered for the KF-21.', descriptionKo: 'KF-21용 첫 미티어 미사일이 인도되었다.' });
  const edf = link(form, /^EDF: European Defence Fund/);
  await edf.getByRole('checkbox').check();
  await control(form, NOTE).fill('Deliveries reported; the EDF link');

  // A link without its basis is refused on that link; nothing is saved and what was typed stays.
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Nothing was saved. Check the fields marked below.')).toBeVisible();
  const refused = page.getByTestId('record-form');
  const refusedEdf = link(refused, /^EDF: European Defence Fund/);
  await expect(refusedEdf).toContainText('A link needs its basis');
  await expect(refusedEdf.getByRole('checkbox')).toBeChecked();
  await expect(control(refused.getByRole('group', { name: 'Event 2' }), 'Date of the event')).toHaveValue('2026-05');
  await expect(control(refused.getByRole('group', { name: 'Event 2' }), 'What happened')).toHaveValue('First Meteor missiles delivered for the KF-21.');

  await control(refusedEdf, 'Basis').selectOption('inferred');
  await control(refusedEdf, 'Why it is inferred').fill(REASON);
  await refused.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/deals\/mbda-kai-cooperation-2023$/);

  await expect(page.getByTestId('deal-timeline').locator('[data-stage="deliveries"]')).toHaveAttribute('data-status', 'recorded');
  await expect(page.getByTestId('deal-event').filter({ hasText: 'First Meteor missiles delivered for the KF-21.' })).toBeVisible();
  const instruments = page.locator('#instruments');
  await expect(instruments.getByRole('link', { name: 'EDF' })).toBeVisible();
  // The link says what it rests on, as every value does.
  await expect(instruments).toContainText('Inferred');

  await page.goto('/history/deal/mbda-kai-cooperation-2023');
  const latest = page.getByTestId('revisions').locator('li').first();
  await expect(latest).toContainText('Deliveries reported; the EDF link');
  await expect(latest.getByRole('rowheader', { name: 'Lifecycle events' })).toBeVisible();
  await expect(latest.getByRole('rowheader', { name: 'EU and NATO instruments' })).toBeVisible();
  await expect(latest.getByRole('rowheader', { name: 'What the links to instruments rest on' })).toBeVisible();

  // In Korean, the form names the same parts.
  await page.goto('/ko/deals/mbda-kai-cooperation-2023/edit');
  await expect(page.getByTestId('record-form').getByRole('group', { name: '사건 2' })).toBeVisible();
  // Unticking the link removes it and what it rested on (and leaves EDF's linked deals as the seed has
  // them for the specs after this one).
  await page.goto('/deals/mbda-kai-cooperation-2023/edit');
  const again = page.getByTestId('record-form');
  await link(again, /^EDF: European Defence Fund/).getByRole('checkbox').uncheck();
  await control(again, NOTE).fill('The EDF link was a mistake');
  await again.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/deals\/mbda-kai-cooperation-2023$/);
  await expect(page.locator('#instruments').getByRole('link', { name: 'EDF' })).toHaveCount(0);
  await expect(page.locator('#instruments')).not.toContainText(REASON);
});

test('with JavaScript off, a recommendation link and an event save as a plain form, refused first without the link’s basis', async ({ browser }) => {
  const page: Page = await editorPage(browser, false);
  await page.goto('/deals/poland-k2-derived-tank-co-production/edit');
  const form = page.getByTestId('record-form');
  const row = await emptyEventRow(form);
  const n = await row.getAttribute('data-event-row');
  await fillEvent(row, { date: '2026', stage: 'local-production', description: 'Production of K2PL tanks begins in Poland.' });
  const five = link(form, /^5\. /);
  await five.getByRole('checkbox').check();
  await control(form, NOTE).fill('Polish production; link to recommendation 5');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForLoadState('load');
  await expect(page.getByText('Nothing was saved. Check the fields marked below.')).toBeVisible();
  const refused = page.getByTestId('record-form');
  const refusedFive = link(refused, /^5\. /);
  await expect(refusedFive).toContainText('A link needs its basis');
  await expect(control(refused.locator(`fieldset[data-event-row="${n}"]`), 'What happened')).toHaveValue('Production of K2PL tanks begins in Poland.');

  await control(refusedFive, 'Basis').selectOption('inferred');
  await control(refusedFive, 'Why it is inferred').fill('Production in Poland is the kind of European industrial presence recommendation 5 speaks to.');
  await refused.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/deals\/poland-k2-derived-tank-co-production$/);
  await expect(page.getByTestId('deal-event').filter({ hasText: 'Production of K2PL tanks begins in Poland.' })).toBeVisible();
  await expect(page.locator('#recommendations')).toContainText('Recommendation 5');

  // The link taken back off, as a plain form too (recommendation 5's deals stay as seeded for the specs after this one).
  await page.goto('/deals/poland-k2-derived-tank-co-production/edit');
  const again = page.getByTestId('record-form');
  await link(again, /^5\. /).getByRole('checkbox').uncheck();
  await control(again, NOTE).fill('Recommendation 5 was linked by mistake');
  await again.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/deals\/poland-k2-derived-tank-co-production$/);
  await expect(page.locator('#recommendations')).not.toContainText('Recommendation 5');
  await page.context().close();
});
