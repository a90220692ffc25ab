// Two production instances on one PostgreSQL database (see serve-two.sh). Sessions, sign-in
// throttling, edits and the conflict rule all live in the database, so the instances must agree.
import { type Browser, type Page, expect, test } from '@playwright/test';

const FIRST = Number(process.env.PG_E2E_PORT ?? 3400);
const A = `http://127.0.0.1:${FIRST}`;
const B = `http://127.0.0.1:${FIRST + 1}`;
const EDITOR = { email: 'editor@ties.test', password: 'correct horse battery staple' };

/** Signs in through instance `base`; cookies are per host, not per port, so both instances get the session. */
async function signedInPage(browser: Browser, base: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as Eda Editor')).toBeVisible();
  return page;
}

test('an edit through one instance shows through the other, and a stale save through the other is refused', async ({ browser }) => {
  // Three sign-ins (argon2 on purpose) and nine page loads on two servers: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  const editorOnA = await signedInPage(browser, A);
  // A second editor, signed in on A, works on B: B must accept a session that A created.
  const editorOnB = await signedInPage(browser, A);
  await editorOnB.goto(`${B}/recommendations/4`);
  const before = await (await editorOnB.request.get(`${B}/api/recommendations/4`)).json();

  // A reader already has B's reads for the page in B's cache from before the save.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`${B}/recommendations/4`);
  const misses = async () => (await (await reader.request.get(`${B}/api/health`)).json()).cache.misses as number;
  const beforeRepeat = await misses();
  await reader.request.get(`${B}/recommendations/4`);
  expect(await misses()).toBe(beforeRepeat);

  await editorOnA.goto(`${A}/recommendations/4`);
  await editorOnA.getByLabel('Status').selectOption({ label: 'In progress' });
  await editorOnA.getByLabel(/Note \(required\)/).fill('Saved through instance A.');
  await editorOnA.getByRole('button', { name: 'Save' }).click();
  await expect(editorOnA.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // B's cache is keyed on the data version it reads from the database, so A's save is a miss on B.
  const beforeFresh = await misses();
  await reader.goto(`${B}/recommendations/4`);
  expect(await misses()).toBeGreaterThan(beforeFresh);
  await expect(reader.getByTestId('stage')).toHaveText('In progress');
  await expect(reader.getByTestId('history')).toContainText('Saved through instance A.');
  const after = await (await reader.request.get(`${B}/api/recommendations/4`)).json();
  expect(after).toMatchObject({ stage: 'in-progress', version: before.version + 1 });

  // B's form still carries the version loaded before A's save.
  await editorOnB.getByLabel('Status').selectOption({ label: 'Stalled' });
  await editorOnB.getByLabel(/Note \(required\)/).fill('Stale form on instance B.');
  await editorOnB.getByRole('button', { name: 'Save' }).click();
  await expect(editorOnB.getByRole('status').filter({ hasText: 'Someone saved this recommendation' })).toBeVisible();
  await expect(editorOnB.getByTestId('conflict-details')).toContainText('Saved through instance A.');

  const stale = await editorOnB.request.patch(`${B}/api/recommendations/4`, { data: { expectedVersion: before.version, stage: 'stalled', note: 'Stale API save on B.' } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ currentVersion: after.version, since: [{ note: 'Saved through instance A.' }] });

  const onA = await (await reader.request.get(`${A}/api/recommendations/4`)).json();
  expect(onA).toMatchObject({ stage: 'in-progress', version: after.version });
  expect(onA.history.map((h: { note: string }) => h.note)).toEqual(['Saved through instance A.']);
});

test('of two saves of the same version through the two instances at once, exactly one wins', async ({ browser }) => {
  const editor = await signedInPage(browser, B);
  const { version } = await (await editor.request.get(`${A}/api/recommendations/7`)).json();
  const save = (base: string, stage: string) =>
    editor.request.patch(`${base}/api/recommendations/7`, { data: { expectedVersion: version, stage, note: `Race through ${base}` } });
  const statuses = (await Promise.all([save(A, 'not-started'), save(B, 'in-progress')])).map((response) => response.status()).sort();
  expect(statuses).toEqual([200, 409]);
  const after = await (await editor.request.get(`${B}/api/recommendations/7`)).json();
  expect(after.version).toBe(version + 1);
  expect(after.history).toHaveLength(1);
});

// One browser (cookies ignore the port, so it is one client to both): its failures on A make it wait on B.
test('failed sign-ins through one instance slow the same client down on the other', async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await page.goto(`${A}/sign-in`);
    await page.getByLabel('Email').fill('someone@ties.test');
    await page.getByLabel('Password').fill(`wrong-${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText('The email or password is not right.');
  }
  await page.goto(`${B}/sign-in`);
  await page.getByLabel('Email').fill('someone@ties.test');
  await page.getByLabel('Password').fill('wrong-again');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Too many failed attempts');
});
