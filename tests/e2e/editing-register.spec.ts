// Editors keep instruments, sources and the register's other records current: an edit shows on the
// record's page and in its history, a stale save is refused, and a retired source leaves the list.
import { expect, test } from './support/test';
import { control, signIn } from './support/editor';


// The note's label ends in a visible " *".
const NOTE = /^Note: what changed, and why/;


test('an editor changes an instrument’s budget text; it shows on its page and in its history', async ({ page }) => {
  await signIn(page);
  await page.goto('/instruments/edf');
  await page.getByTestId('record-status').getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit instrument: EDF');

  const form = page.getByTestId('record-form');
  await expect(control(form, 'Budget in the source’s words')).toHaveValue('€8 billion until 2027');
  // The budget's source is required with its amount: clearing it is refused, field by field.
  await control(form, 'Source of the budget').selectOption('');
  await control(form, 'Budget in the source’s words').fill('€8 billion for 2021–2027');
  await control(form, NOTE).fill('Budget period stated as the regulation gives it');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('A number needs its source: choose the source that states it.')).toBeVisible();
  await expect(control(form, 'Budget in the source’s words')).toHaveValue('€8 billion for 2021–2027');

  await control(form, 'Source of the budget').selectOption('fiott-2025-ties-that-truly-bind');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/instruments\/edf$/);
  await expect(page.getByTestId('instrument-budget')).toContainText('€8 billion for 2021–2027');
  await expect(page.getByTestId('record-status')).toContainText('by Eda Editor');

  await page.getByTestId('record-status').getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History of edf');
  const revision = page.getByTestId('revisions').locator('li').first();
  await expect(revision).toContainText('Changed');
  await expect(revision).toContainText('Budget period stated as the regulation gives it');
  const row = revision.getByRole('row', { name: /Budget in the source’s words/ });
  await expect(row).toContainText('€8 billion until 2027');
  await expect(row).toContainText('€8 billion for 2021–2027');
});

test('a stale save of an instrument in a second tab is refused, and nothing is overwritten', async ({ page, context }) => {
  await signIn(page);
  await page.goto('/instruments/edf/edit');
  const other = await context.newPage();
  await other.goto('/instruments/edf/edit');

  await control(page, 'Acronym').fill('EDF');
  await control(page, 'Name in Korean').fill('유럽방위기금(EDF)');
  await control(page, NOTE).fill('Korean name with the acronym');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/instruments\/edf$/);

  await control(other, 'Name').fill('A stale name that must not win');
  await control(other, NOTE).fill('Stale edit');
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(other.getByText(/Someone saved this record while you were editing it/)).toBeVisible();
  await expect(other.getByTestId('conflict-details')).toContainText('Korean name with the acronym');
  await expect(control(other, 'Name')).toHaveValue('A stale name that must not win');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('European Defence Fund');
  await page.goto('/history/instrument/edf');
  await expect(page.getByTestId('revisions')).not.toContainText('Stale edit');
  await expect(page.getByTestId('revisions').locator('li').first()).toContainText('Korean name with the acronym');
});

test('an editor adds a source, then retires it: it leaves /sources, and its history says so', async ({ page }) => {
  await signIn(page);
  await page.goto('/sources');
  await page.getByRole('link', { name: 'Add a source' }).click();
  const form = page.getByTestId('record-form');
  await control(form, 'Identifier (used in the address)').fill('doe-2026-register-test');
  await control(form, 'Kind').selectOption('article');
  await control(form, 'Title').fill('A work added by the register browser test');
  await control(form, 'Published').fill('2026-02');
  await control(form, NOTE).fill('New source for the test');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/sources#doe-2026-register-test$/);
  const entry = page.locator('#doe-2026-register-test');
  await expect(entry).toContainText('A work added by the register browser test');
  await expect(entry.getByTestId('source-status')).toContainText('by Eda Editor');

  await entry.getByRole('link', { name: /^Edit/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit source: A work added by the register browser test');
  const status = page.getByTestId('record-status');
  await status.getByText('Retire this record…').click();
  await control(status, NOTE).fill('Added by mistake');
  await status.getByRole('button', { name: 'Retire', exact: true }).click();
  await expect(page.getByText('Retired: it no longer appears in lists')).toBeVisible();

  await page.goto('/sources');
  await expect(page.locator('#doe-2026-register-test')).toHaveCount(0);
  await expect(page.getByText('A work added by the register browser test')).toHaveCount(0);

  await page.goto('/sources/doe-2026-register-test/edit');
  await expect(page.getByRole('note')).toContainText('Retired on');
  await page.goto('/history/source/doe-2026-register-test');
  const latest = page.getByTestId('revisions').locator('li').first();
  await expect(latest).toContainText('Retired');
  await expect(latest).toContainText('Added by mistake');
});

test('the register lists organisations, countries and key figures, and edits a country’s memberships', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register' })).toBeVisible();
  await expect(page.getByTestId('register-organisations')).toContainText('Hanwha Aerospace');
  await expect(page.getByTestId('register-key-figures')).toContainText('roughly US$14 billion');
  const japan = page.locator('#countries-JP');
  await expect(japan).toContainText('IP4');

  await japan.getByRole('link', { name: 'Edit: Japan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit country: Japan');
  await page.getByRole('checkbox', { name: 'Member of NATO' }).check();
  await control(page, NOTE).fill('Test: membership edit');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/register#countries-JP$/);
  await expect(page.locator('#countries-JP')).toContainText('NATO, IP4');

  // Put it back, so that the facts stay true for the other tests.
  await page.goto('/register/countries/JP/edit');
  await page.getByRole('checkbox', { name: 'Member of NATO' }).uncheck();
  await control(page, NOTE).fill('Test: membership restored');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#countries-JP')).not.toContainText('NATO');
  await page.goto('/history/country/JP');
  await expect(page.getByTestId('revisions').locator('li')).toHaveCount(2);
});
