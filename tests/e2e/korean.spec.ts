// Ties in Korean: every main page under /ko, switching language without losing the view, links
// that keep their language, and a first visit that follows Accept-Language until the reader chooses.
import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { catalogues } from '../../lib/i18n/messages';

const { en, ko } = catalogues;

const HANGUL = /[\uAC00-\uD7A3]/;
const KOREAN_FIRST = 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7';
const EDITOR = { email: 'editor@ties.test', password: 'correct horse battery staple' };

const mainPages = [
  '/ko',
  '/ko/deals',
  '/ko/deals/hyundai-rotem-k2-poland-2025',
  '/ko/instruments',
  '/ko/instruments/safe',
  '/ko/recommendations',
  '/ko/recommendations/1',
  '/ko/sources',
  '/ko/methodology',
  '/ko/sign-in',
];

/** The query of the page's current address, as sorted pairs, so two orders compare equal. */
function queryOf(page: Page): string[][] {
  return [...new URL(page.url()).searchParams].sort();
}

async function localeCookie(page: Page): Promise<string | undefined> {
  return (await page.context().cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value;
}

async function koreanReader(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ locale: 'ko-KR', extraHTTPHeaders: { 'Accept-Language': KOREAN_FIRST }, ...options });
  return context.newPage();
}

for (const path of mainPages) {
  test(`${path} is in Korean, with Hangul in its heading`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveText(HANGUL);
    await expect(page.getByRole('navigation', { name: ko.nav.label })).toBeVisible();
  });
}

test('switching language on a filtered, sorted view keeps the view', async ({ page }) => {
  await page.goto('/deals?country=PL&sort=-value');
  const query = queryOf(page);
  expect(query).toEqual([
    ['country', 'PL'],
    ['sort', '-value'],
  ]);
  const englishRows = await page.getByTestId('deals-table').locator('tbody tr').count();
  expect(englishRows).toBeGreaterThan(0);

  await page.getByRole('link', { name: en.nav.switchTo }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/ko/deals');
  expect(queryOf(page)).toEqual(query);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.deals.title);
  await expect(page.getByTestId('deals-table').locator('tbody tr')).toHaveCount(englishRows);

  await page.getByRole('link', { name: ko.nav.switchTo }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/deals');
  expect(queryOf(page)).toEqual(query);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('deals-table').locator('tbody tr')).toHaveCount(englishRows);
});

test('the language switch links to the same view, page and all', async ({ page }) => {
  await page.goto('/ko/instruments?owner=EU&view=table');
  const query = queryOf(page);
  const href = await page.getByRole('link', { name: ko.nav.switchTo }).getAttribute('href');
  const target = new URL(href ?? '', page.url());
  expect(target.pathname.replace(/^\/en(?=\/|$)/, '')).toBe('/instruments');
  expect([...target.searchParams].sort()).toEqual(query);

  await page.goto('/deals?stage=contract&page=2');
  const next = new URL((await page.getByRole('link', { name: en.nav.switchTo }).getAttribute('href')) ?? '', page.url());
  expect(next.pathname).toBe('/ko/deals');
  expect([...next.searchParams].sort()).toEqual(queryOf(page));
});

test('a /ko link opened in a fresh browser shows Korean, and is not taken for a choice', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/ko/instruments?access=associated');
  await expect(page).toHaveURL(/\/ko\/instruments\?access=associated$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.instruments.title);
  expect(await localeCookie(page)).toBeUndefined();
  // Opening a link is not choosing a language: the home page still follows the browser.
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('an English link opened by a Korean-language browser stays English', async ({ browser }) => {
  const page = await koreanReader(browser);
  await page.goto('/deals?country=PL');
  await expect(page).toHaveURL(/\/deals\?country=PL$/);
  expect(new URL(page.url()).pathname).toBe('/deals');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.context().close();
});

test('a first visit follows Accept-Language, and choosing English is remembered', async ({ browser }) => {
  const page = await koreanReader(browser);
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  await page.goto('/ko/deals');
  await page.getByRole('link', { name: ko.nav.switchTo }).click();
  await expect(page).toHaveURL(/\/deals$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await localeCookie(page)).toBe('en');

  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.overview.title);

  // Choosing Korean again is remembered the same way.
  await page.getByRole('link', { name: en.nav.switchTo }).click();
  await expect(page).toHaveURL(/\/ko$/);
  expect(await localeCookie(page)).toBe('ko');
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko$/);
  await page.context().close();
});

test('choosing English is remembered without JavaScript too', async ({ browser }) => {
  const page = await koreanReader(browser, { javaScriptEnabled: false });
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko$/);
  await page.getByRole('link', { name: ko.nav.switchTo }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await localeCookie(page)).toBe('en');
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.context().close();
});

test('the sign-in form answers in Korean', async ({ page }) => {
  await page.goto('/ko/sign-in');
  await page.getByRole('button', { name: ko.auth.submit }).click();
  await expect(page.locator('#email-error')).toHaveText(ko.formErrors.email);
  await expect(page.locator('#password-error')).toHaveText(ko.formErrors.password);

  await page.getByLabel(ko.auth.email).fill('nobody-korean@ties.test');
  await page.getByLabel(ko.auth.password).fill('not the password');
  await page.getByRole('button', { name: ko.auth.submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: ko.auth.wrongCredentials })).toBeVisible();
  await expect(page.getByLabel(ko.auth.email)).toHaveValue('nobody-korean@ties.test');
});

test('an editor signing in from a Korean page stays in Korean, and the tracker answers in Korean', async ({ page }) => {
  await page.goto('/ko/sign-in?next=/recommendations/8');
  await page.getByLabel(ko.auth.email).fill(EDITOR.email);
  await page.getByLabel(ko.auth.password).fill(EDITOR.password);
  await page.getByRole('button', { name: ko.auth.submit }).click();
  await expect(page).toHaveURL(/\/ko\/recommendations\/8$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  await page.getByRole('combobox', { name: ko.tracker.stage }).selectOption({ label: ko.vocab.recommendationStage.implemented });
  await page.getByLabel(ko.tracker.note).fill('아니');
  await page.getByRole('button', { name: ko.tracker.save }).click();
  await expect(page.getByRole('status').filter({ hasText: ko.formErrors.summary })).toBeVisible();
  await expect(page.locator('#note-error')).toHaveText(ko.formErrors.note.replace('{min}', '3'));
  await expect(page.getByLabel(ko.tracker.note)).toHaveValue('아니');

  await page.getByLabel(ko.tracker.note).fill('한국의 완전한 준회원 참여.');
  await page.getByRole('button', { name: ko.tracker.save }).click();
  await expect(page.locator('#evidence-error')).toHaveText(ko.formErrors.evidenceRequired);
});

test('the feed has a Korean edition', async ({ request }) => {
  const feed = await request.get('/ko/recommendations/feed.xml');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const xml = await feed.text();
  expect(xml).toContain(`<title>${ko.feed.title}</title>`);
  expect(xml).toContain('xml:lang="ko"');
  expect(xml).toMatch(/<link rel="self" type="application\/atom\+xml" href="http:\/\/[^"]+\/ko\/recommendations\/feed\.xml"\/>/);
  expect((await request.get('/recommendations/feed.xml')).status()).toBe(200);
});

// Outside names and quotes, a Korean page has no English reader text. Names and quotes in English
// are marked lang="en" (LocalisedText, quotes, the paper's words); what is left must be Korean, or
// one of the names below that Korean readers also write in Latin letters.
const LATIN_NAMES = [
  /Ties That Truly Bind\??/g,
  /Daniel Fiott/g,
  /CSDS In-Depth Paper No/g,
  /Brussels School of Governance/g,
  // Official names the Korean text gives in their own language, in brackets after the Korean.
  /Joint White Paper on Defence|Secure Action for Europe|European Defence Industrial Programme|Defence Investments Division/g,
  // A strategy's name the Korean text quotes, then glosses.
  /Made in Europe by Korea/g,
  // Publications named in a reason, as they are published.
  /The Korea Economic Daily|Asian Military Review/g,
  /Atom|RSS|CSV|JSON|SVG|PNG|API|OpenAPI|URL|ISO|iframe/g,
];
/** Runs of three or more Latin words in text that is not marked as English. */
async function englishRuns(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const runs: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('[lang="en"], script, style, code, pre, textarea, [aria-hidden="true"], .sr-only-en')) continue;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      for (const run of text.match(/[A-Za-z][A-Za-z’'-]+(?: [A-Za-z][A-Za-z’'-]+){2,}/g) ?? []) runs.push(run);
    }
    return runs;
  });
}

for (const path of [...mainPages.filter((p) => p !== '/ko/sign-in'), '/ko/organisations/hanwha-aerospace', '/ko/countries/pl', '/ko/deals?view=chart', '/ko/instruments?view=table', '/ko/findings', '/ko/paper', '/ko/search?q=k9', '/ko/deals?basis=stated']) {
  test(`${path} shows no English reader text outside names and quotes`, async ({ page }) => {
    await page.goto(path);
    const runs = (await englishRuns(page)).map((run) => LATIN_NAMES.reduce((rest, name) => rest.replace(name, ''), run).trim()).filter((run) => /[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/.test(run));
    expect(runs).toEqual([]);
  });
}
