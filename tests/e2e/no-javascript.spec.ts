// Every editor form saves as a plain form POST, as it does before the page hydrates or with
// JavaScript off, and the server keeps answering afterwards (it once re-rendered such a POST forever).
import { type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { control, signIn } from './support/editor';
import { catalogues } from '../../lib/i18n/messages';

const { ko } = catalogues;

// One editor's session and one record, worked on in order.
test.describe.configure({ mode: 'serial' });

const NOTE = /^Note: what changed, and why/;
const SLUG = 'no-js-2026-plain-form';
let page: Page;

/** The server still answers: a save must not leave it rendering, or hung, after the response. */
async function expectServerAnswers(request: APIRequestContext) {
  const health = await request.get('/api/health', { timeout: 2_000 });
  expect(health.ok()).toBe(true);
}

/**
 * Submits with a real click: with JavaScript off, a full-page multipart POST to the server action.
 * When no answer comes, the health check says whether the whole server hangs, not just this page.
 */
async function submit(request: APIRequestContext, button: Locator) {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST', { timeout: 10_000 }).catch(() => null);
  // Not awaited yet: the click waits for the new document, which a hung server never sends.
  const clicked = button.click();
  clicked.catch(() => undefined);
  const response = await answered;
  if (!response) await expectServerAnswers(request);
  await clicked;
  expect(response, 'the form POST is answered').not.toBeNull();
  expect(response!.request().headers()['content-type']).toContain('multipart/form-data');
  await page.waitForLoadState('load');
}

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page);
});

test.afterAll(async () => {
  await page.context().close();
});

test('a recommendation saves, in English and in Korean', async ({ request }) => {
  await page.goto('/recommendations/10');
  await page.getByLabel(/Note \(required\)/).fill('Reviewed without JavaScript.');
  await submit(request, page.getByRole('button', { name: 'Save', exact: true }));
  await expect(page.getByRole('status').filter({ hasText: 'Saved. The change is in the history below.' })).toBeVisible();
  await expect(page.getByTestId('history')).toContainText('Reviewed without JavaScript.');
  await expectServerAnswers(request);

  // A refused save comes back with its error and what was typed.
  await page.goto('/ko/recommendations/10');
  await page.getByLabel(ko.tracker.note).fill('x');
  await page.getByLabel(ko.tracker.evidence).fill('https://example.org/no-js-review');
  await submit(request, page.getByRole('button', { name: ko.tracker.save, exact: true }));
  await expect(page.locator('#note-error')).not.toBeEmpty();
  await expect(page.getByLabel(ko.tracker.note)).toHaveValue('x');
  await expect(page.getByLabel(ko.tracker.evidence)).toHaveValue('https://example.org/no-js-review');
  await expectServerAnswers(request);

  await page.getByLabel(ko.tracker.note).fill('자바스크립트 없이 검토했습니다.');
  await submit(request, page.getByRole('button', { name: ko.tracker.save, exact: true }));
  await expect(page.getByRole('status').filter({ hasText: ko.tracker.saved })).toBeVisible();
  await expect(page.getByTestId('history')).toContainText('자바스크립트 없이 검토했습니다.');
  await expectServerAnswers(request);
});

test('a record is created: refused first, with its errors and what was typed, then saved', async ({ request }) => {
  await page.goto('/sources/new');
  const form = page.getByTestId('record-form');
  await control(form, 'Identifier (used in the address)').fill(SLUG);
  await control(form, 'Kind').selectOption('article');
  await control(form, NOTE).fill('New source, saved without JavaScript');
  await submit(request, form.getByRole('button', { name: 'Create' }));
  await expect(page.getByText('Nothing was saved. Check the fields marked below.')).toBeVisible();
  await expect(control(page.getByTestId('record-form'), 'Identifier (used in the address)')).toHaveValue(SLUG);
  await expectServerAnswers(request);

  await control(page.getByTestId('record-form'), 'Title').fill('A work saved by a plain form');
  await control(page.getByTestId('record-form'), 'Published').fill('2026-03');
  await submit(request, page.getByTestId('record-form').getByRole('button', { name: 'Create' }));
  await expect(page).toHaveURL(new RegExp(`/sources#${SLUG}$`));
  await expect(page.locator(`#${SLUG}`)).toContainText('A work saved by a plain form');
  await expectServerAnswers(request);
});

test('a record is edited, in Korean', async ({ request }) => {
  await page.goto(`/ko/sources/${SLUG}/edit`);
  const form = page.getByTestId('record-form');
  await form.locator('[name=title]').fill('A work edited by a plain form');
  await form.locator('[name=change_note]').fill('제목을 고쳤습니다');
  await submit(request, form.getByRole('button', { name: ko.editing.save }));
  await expect(page).toHaveURL(new RegExp(`/ko/sources#${SLUG}$`));
  await expect(page.locator(`#${SLUG}`)).toContainText('A work edited by a plain form');
  await expectServerAnswers(request);
});

test('a record is retired, then restored in Korean', async ({ request }) => {
  await page.goto(`/sources/${SLUG}/edit`);
  let status = page.getByTestId('record-status');
  await status.getByText('Retire this record…').click();
  await control(status, NOTE).fill('Retired without JavaScript');
  await submit(request, status.getByRole('button', { name: 'Retire', exact: true }));
  await expect(page.getByText('Retired: it no longer appears in lists, and its page says so.')).toBeVisible();
  await expectServerAnswers(request);
  await page.goto('/sources');
  await expect(page.locator(`#${SLUG}`)).toHaveCount(0);

  await page.goto(`/ko/sources/${SLUG}/edit`);
  status = page.getByTestId('record-status');
  await status.getByText(ko.editing.restoreSummary).click();
  await status.locator('[name=change_note]').fill('자바스크립트 없이 복원했습니다');
  await submit(request, status.getByRole('button', { name: ko.editing.restoreButton, exact: true }));
  await expect(page.getByText(ko.editing.restored)).toBeVisible();
  await expectServerAnswers(request);
  await page.goto('/sources');
  await expect(page.locator(`#${SLUG}`)).toContainText('A work edited by a plain form');

  await page.goto(`/history/source/${SLUG}`);
  const revisions = page.getByTestId('revisions').locator('li');
  await expect(revisions.first()).toContainText('자바스크립트 없이 복원했습니다');
  await expect(revisions.nth(1)).toContainText('Retired without JavaScript');
});
