import { expect, test } from './support/test';
import { editorPage, signIn } from './support/editor';

test('an editor moves recommendation 4 to “in progress”, and a reader sees it in the timeline and the feed', async ({ browser }) => {
  const editor = await editorPage(browser);
  await editor.goto('/recommendations/4');
  await editor.getByLabel('Status').selectOption({ label: 'In progress' });
  await editor.getByLabel(/Note \(required\)/).fill('DIANA opened its 2026 challenge call to IP4 partners.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/recommendations/4');
  await expect(reader.getByTestId('stage')).toHaveText('In progress');
  await expect(reader.getByTestId('history')).toContainText('Not yet assessed → In progress');
  await expect(reader.getByTestId('history')).toContainText('DIANA opened its 2026 challenge call to IP4 partners.');
  await expect(reader.getByRole('button', { name: 'Save' })).toHaveCount(0);

  const feed = await reader.request.get('/recommendations/feed.xml');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const xml = await feed.text();
  expect(xml).toContain('Recommendation 4: Status — Not yet assessed → In progress');
  expect(xml).toContain('DIANA opened its 2026 challenge call to IP4 partners.');
});

test('a form with errors keeps what the editor typed', async ({ browser }) => {
  const editor = await editorPage(browser);
  await editor.goto('/recommendations/8');
  await editor.getByLabel('Status').selectOption({ label: 'Implemented' });
  await editor.getByLabel(/Note \(required\)/).fill('Korea fully associated.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.locator('#evidence-error')).toHaveText('Link the evidence for this status.');
  await expect(editor.getByLabel(/Note \(required\)/)).toHaveValue('Korea fully associated.');
  await expect(editor.getByLabel('Status')).toHaveValue('implemented');
});

test('anonymous and cross-site writes are refused', async ({ request, browser }) => {
  const anonymous = await request.patch('/api/recommendations/4', { data: { expectedVersion: 1, stage: 'stalled', note: 'Anonymous write' } });
  expect(anonymous.status()).toBe(401);

  const editor = await editorPage(browser);
  const crossSite = await editor.request.patch('/api/recommendations/4', {
    data: { expectedVersion: 1, stage: 'stalled', note: 'Forged' },
    headers: { Origin: 'https://evil.example' },
  });
  expect(crossSite.status()).toBe(403);

  const page = await (await browser.newContext()).newPage();
  await page.goto('/recommendations/4');
  await expect(page.getByRole('heading', { name: 'Update this recommendation' })).toHaveCount(0);
  // A new context's connection: the fixture's keep-alive socket may have idled out meanwhile.
  const after = await (await page.request.get('/api/recommendations/4')).json();
  expect(after.history.map((h: { note: string }) => h.note)).not.toContain('Anonymous write');
  expect(after.history.map((h: { note: string }) => h.note)).not.toContain('Forged');
});

test('a stale save shows the conflict and overwrites nothing', async ({ browser }) => {
  const first = await editorPage(browser);
  const second = await editorPage(browser);
  await first.goto('/recommendations/5');
  await second.goto('/recommendations/5');

  await first.getByLabel('Status').selectOption({ label: 'In progress' });
  await first.getByLabel(/Note \(required\)/).fill('NATO invited IP4 partners to a DPAP session.');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await second.getByLabel('Status').selectOption({ label: 'Stalled' });
  await second.getByLabel(/Note \(required\)/).fill('No movement this quarter.');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Someone saved this recommendation' })).toBeVisible();
  await expect(second.getByTestId('conflict-details')).toContainText('NATO invited IP4 partners to a DPAP session.');
  await expect(second.getByLabel(/Note \(required\)/)).toHaveValue('No movement this quarter.');

  const api = await (await second.request.get('/api/recommendations/5')).json();
  expect(api.stage).toBe('in-progress');
  expect(api.history).toHaveLength(1);
});

test('the API refuses bad input with clear errors', async ({ browser }) => {
  const editor = await editorPage(browser);
  const bad = await editor.request.patch('/api/recommendations/6', { data: { expectedVersion: 'x', note: '' } });
  expect(bad.status()).toBe(422);
  expect(Object.keys((await bad.json()).fieldErrors).sort()).toEqual(['expectedVersion', 'note']);
  const notJson = await editor.request.patch('/api/recommendations/6', { data: Buffer.from('{oops'), headers: { 'Content-Type': 'application/json' } });
  expect(notJson.status()).toBe(400);
  const huge = await editor.request.patch('/api/recommendations/6', { data: { expectedVersion: 1, note: 'x'.repeat(40_000) } });
  expect(huge.status()).toBe(413);
  expect((await editor.request.patch('/api/recommendations/11', { data: { expectedVersion: 1, note: 'none' } })).status()).toBe(404);
});

test('wrong passwords are refused, and repeated failures are slowed down', async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('someone@ties.test');
    await page.getByLabel('Password').fill(`wrong-${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText('The email or password is not right.');
  }
  await page.getByLabel('Password').fill('wrong-again');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Too many failed attempts');
});

test('a save whose session has ended is refused by the server action itself, and the text is kept', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  await page.goto('/recommendations/9');
  await page.getByLabel(/Note \(required\)/).fill('Drafted before my session ended.');
  // The session cookie disappears (signed out elsewhere, or expired) while the form is open.
  await context.clearCookies();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your session has ended' })).toBeVisible();
  await expect(page.getByLabel(/Note \(required\)/)).toHaveValue('Drafted before my session ended.');
  const api = await (await page.request.get('/api/recommendations/9')).json();
  expect(api.history).toEqual([]);
  expect(api.version).toBe(1);
});

test('the history pages with ?page=; a page that is no number is named, and the API refuses it', async ({ page, request }) => {
  await page.goto('/recommendations/3?page=abc');
  await expect(page.getByRole('status').filter({ hasText: 'page=abc' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  // A page past the end shows the last one.
  expect((await page.goto('/recommendations/3?page=7'))?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();

  const api = await request.get('/api/recommendations/3?page=2');
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({ number: 3, historyPage: 1, historyPages: 1, history: expect.any(Array) });
  for (const query of ['page=abc', 'page=0', 'page=1&page=2', 'colour=red']) {
    const refused = await request.get(`/api/recommendations/3?${query}`);
    expect(refused.status(), query).toBe(400);
    expect((await refused.json()).dropped.length, query).toBeGreaterThan(0);
  }
});
