// Dated releases in the browser: an admin publishes one from the drafted changelog; a refused
// publish (JavaScript off) keeps what was typed; a reader lists it, opens it and downloads the whole
// Data Package as a zip; the Korean pages are in Korean; axe finds nothing serious.
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { unzipSync } from 'fflate';
import { signIn } from './support/editor';

test.describe.configure({ mode: 'serial' });

let version = '';

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a reader who is not signed in is sent to sign in from /admin/releases', async ({ page }) => {
  await page.goto('/admin/releases');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Freleases|\/sign-in\?next=\/admin\/releases/);
});

test('an admin publishes a release from the drafted changelog', async ({ page }) => {
  await signIn(page);
  await page.goto('/releases');
  await page.getByRole('link', { name: 'Publish a release' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publish a release');
  const versionField = page.getByRole('textbox', { name: 'Version' });
  version = await versionField.inputValue();
  expect(version).toMatch(/^\d{4}\.\d{1,3}$/);
  const changelog = page.getByRole('textbox', { name: 'Changelog (English)' });
  await expect(changelog).toHaveValue(/Recommendations tracker \(\d+ saves?\):/);
  await expect(changelog).toHaveValue(/Register \(\d+ changes?\):/);
  // The Korean one is drafted from the same changes, and as editable.
  const changelogKo = page.getByRole('textbox', { name: 'Changelog in Korean (optional)' });
  await expect(changelogKo).toHaveValue(/권고 이행 현황\(저장 \d+건\):/);
  await expect(changelogKo).toHaveValue(/등록부\(변경 \d+건\):/);
  await expectAxeClean(page);
  await changelog.fill(`${await changelog.inputValue()}\n\nChecked by the browser test.`);
  await changelogKo.fill(`${await changelogKo.inputValue()}\n\n브라우저 테스트로 확인함.`);
  await page.getByRole('button', { name: 'Publish release' }).click();
  await expect(page).toHaveURL(new RegExp(`/releases/${version.replace('.', '\\.')}$`), { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Release ${version}`);
  await expect(page.getByText('Checked by the browser test.')).toBeVisible();
});

test('a refused publish, with JavaScript off, keeps the typed changelog and says why', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await signIn(page);
    await page.goto('/admin/releases');
    await page.getByRole('textbox', { name: 'Version' }).fill(version);
    await page.getByRole('textbox', { name: 'Changelog (English)' }).fill('Kept after a refusal: a second publish of the same version.');
    await page.getByRole('textbox', { name: 'Changelog in Korean (optional)' }).fill('거절된 뒤에도 남는 한국어 변경 내역.');
    await page.getByRole('button', { name: 'Publish release' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing was published.' })).toBeVisible();
    await expect(page.getByText('This version has already been published.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Changelog (English)' })).toHaveValue('Kept after a refusal: a second publish of the same version.');
    await expect(page.getByRole('textbox', { name: 'Changelog in Korean (optional)' })).toHaveValue('거절된 뒤에도 남는 한국어 변경 내역.');
    await expect(page.getByRole('textbox', { name: 'Version' })).toHaveValue(version);
  } finally {
    await context.close();
  }
});

test('a reader lists releases and downloads one whole, and its files one by one', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Releases and downloads' }).click();
  await expect(page).toHaveURL(/\/releases$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Releases');
  await expect(page.getByRole('link', { name: 'Publish a release' })).toHaveCount(0);
  const download = page.getByRole('link', { name: new RegExp(`^Download release ${version.replace('.', '\\.')} \\(zip, `) });
  await expect(download).toBeVisible();
  const href = (await download.getAttribute('href'))!;
  expect(href).toBe(`/api/releases/${version}/ties-${version}.zip`);
  await expectAxeClean(page);

  const zip = await request.get(href);
  expect(zip.status()).toBe(200);
  expect(zip.headers()['content-type']).toBe('application/zip');
  const files = unzipSync(new Uint8Array(await zip.body()));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['datapackage.json', 'deals.csv', 'findings.csv', 'tracker-history.csv', 'register-revisions.csv', 'CITATION.cff', 'ties.db']));
  const pkg = JSON.parse(new TextDecoder().decode(files['datapackage.json']));
  expect(pkg).toMatchObject({ name: 'ties', version });
  expect(new TextDecoder().decode(files['CITATION.cff'])).toContain('Ties That Truly Bind?');

  await page.getByRole('link', { name: new RegExp(`^Release ${version.replace('.', '\\.')}: the whole changelog`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Release ${version}`);
  await expect(page.getByRole('heading', { name: 'How to cite it' })).toBeVisible();
  await expect(page.getByText('cff-version: 1.2.0')).toBeVisible();
  const csv = await request.get(`/api/releases/${version}/deals.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const api = await request.get('/api/deals?format=csv');
  // The release's deals are the API's, at the moment of publishing (nothing has changed them since).
  expect((await csv.text()).split('\r\n')[0]).toBe((await api.text()).split('\r\n')[0]);
  await expectAxeClean(page);

  const tracker = page.getByRole('link', { name: 'See the tracker as it stood on that day' });
  expect(await tracker.getAttribute('href')).toMatch(/^\/recommendations\?asof=\d{4}-\d{2}-\d{2}$/);
  await tracker.click();
  await expect(page).toHaveURL(/\/recommendations\?asof=\d{4}-\d{2}-\d{2}$/);
  expect((await request.get(`/api/releases/${version}/no-such-file.csv`)).status()).toBe(404);
});

test('/ko/releases and a release page are in Korean', async ({ page }) => {
  await page.goto('/ko/releases');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('릴리스');
  await expect(page.getByRole('link', { name: new RegExp(`^릴리스 ${version.replace('.', '\\.')} 내려받기`) })).toBeVisible();
  await expectAxeClean(page);
  await page.goto(`/ko/releases/${version}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`릴리스 ${version}`);
  // The Korean changelog, drafted and edited before publishing.
  await expect(page.getByText('브라우저 테스트로 확인함.')).toBeVisible();
  await expect(page.getByText('이 변경 내역은 영어로만 작성되었습니다.')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '그날 기준의 권고 이행 현황 보기' })).toBeVisible();
  await expectAxeClean(page);
});

test('an editor who is not an admin is refused the publishing page', async ({ page, browser }) => {
  await signIn(page);
  await page.goto('/admin/users');
  const email = `release.editor.${Date.now()}@ties.test`;
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name').fill('Rel Editor');
  await page.getByLabel(/Password/).fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Account created.' })).toBeVisible();

  const context = await browser.newContext();
  const editor = await context.newPage();
  try {
    await editor.goto('/sign-in');
    await editor.getByLabel('Email').fill(email);
    await editor.getByLabel('Password').fill('a long enough passphrase');
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await expect(editor.getByText('Signed in as Rel Editor')).toBeVisible();
    await editor.goto('/admin/releases');
    await expect(editor.getByText('Only administrators can publish releases.')).toBeVisible();
    await expect(editor.getByRole('button', { name: 'Publish release' })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('each file answers with a media type the OpenAPI document lists', async ({ request }) => {
  const doc = await (await request.get('/api/openapi.json')).json();
  const documented = Object.keys(doc.paths['/api/releases/{version}/{file}'].get.responses['200'].content);
  const { releases } = await (await request.get('/api/releases')).json();
  const release = releases.find((r: { version: string }) => r.version === version);
  expect(release.download.name).toBe(`ties-${version}.zip`);
  for (const file of release.files as Array<{ name: string; sha256: string; size: number }>) {
    const response = await request.get(`/api/releases/${version}/${file.name}`);
    expect(response.status(), file.name).toBe(200);
    expect(documented, file.name).toContain(response.headers()['content-type']!.split(';')[0]);
    expect(response.headers()['etag']).toBe(`"${file.sha256}"`);
    expect((await response.body()).byteLength, file.name).toBe(file.size);
  }
});
