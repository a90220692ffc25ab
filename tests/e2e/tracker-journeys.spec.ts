// Issue 17's journeys for policy staff and readers: one save is one entry, a stale save keeps the
// work (with and without JavaScript), freshness means something, sign-in returns to where the
// editor was, and each page's feed is found, valid and readable in a browser.
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { catalogues } from '../../lib/i18n/messages';
import { EDITOR, editorPage } from './support/editor';

const { en, ko } = catalogues;
const NOTE = /Note \(required\)/;


test('a save that moves the status and a milestone is one history entry, and one feed entry', async ({ browser, page }) => {
  const editor = await editorPage(browser);
  await editor.goto('/recommendations/6');
  await editor.getByLabel('Status').selectOption({ label: 'In progress' });
  await editor.getByTestId('milestones').waitFor();
  await editor.locator('input[name="doneMilestones"]').first().check();
  await editor.getByLabel(NOTE).fill('One save: a status and a milestone together.');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.goto('/recommendations/6');
  const entries = page.getByTestId('history').locator('> li');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Not yet assessed → In progress');
  await expect(entries.first()).toContainText('not done → done');
  await expect(page.getByText('One save: a status and a milestone together.')).toHaveCount(1);

  const api = await (await page.request.get('/api/recommendations/6')).json();
  expect(api.history).toHaveLength(1);
  expect(api.history[0].changes.map((c: { kind: string }) => c.kind)).toEqual(['stage', 'milestone']);

  const xml = await (await page.request.get('/recommendations/6/feed.xml')).text();
  expect(xml.match(/<entry>/g)).toHaveLength(1);
  expect(xml.split('One save: a status and a milestone together.')).toHaveLength(2);
});

test('a stale save shows both changes, and applies the editor’s change on top of the current version', async ({ browser }) => {
  const first = await editorPage(browser);
  const second = await editorPage(browser);
  await first.goto('/recommendations/1');
  await second.goto('/recommendations/1');
  const boxes = (p: Page) => p.locator('input[name="doneMilestones"]');
  const slugs = await boxes(first).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

  await boxes(first).nth(0).check();
  await first.getByLabel(NOTE).fill('First editor: the first milestone is done.');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await second.getByLabel('Status').selectOption({ label: 'In progress' });
  await boxes(second).nth(1).check();
  await second.getByLabel(NOTE).fill('Second editor: work started, second milestone done.');
  await second.getByLabel(/Evidence link/).fill('https://example.org/second');
  await second.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(second.getByRole('status').filter({ hasText: en.trackerConflict.message.slice(0, 40) })).toBeVisible();
  await expect(second.getByTestId('conflict-details')).toContainText('First editor: the first milestone is done.');
  await expect(second.getByTestId('conflict-mine')).toContainText('Not yet assessed → In progress');
  await expect(second.getByTestId('conflict-mine')).toContainText('Second editor: work started, second milestone done.');
  // Nothing typed is lost, and the page under the message is the current version.
  await expect(second.getByLabel(NOTE)).toHaveValue('Second editor: work started, second milestone done.');
  await expect(second.getByLabel(/Evidence link/)).toHaveValue('https://example.org/second');
  await expect(second.getByTestId('history')).toContainText('First editor: the first milestone is done.');
  await expect(second.getByTestId('milestones').locator('li').first()).toContainText('✔');
  // The form holds my change on top of theirs: both milestones ticked, my status.
  await expect(boxes(second).nth(0)).toBeChecked();
  await expect(boxes(second).nth(1)).toBeChecked();
  await expect(second.getByLabel('Status')).toHaveValue('in-progress');

  await second.getByRole('button', { name: en.trackerConflict.applyMine }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const api = await (await second.request.get('/api/recommendations/1')).json();
  expect(api).toMatchObject({ stage: 'in-progress', version: 3 });
  expect(api.milestones.filter((m: { doneAt: string | null }) => m.doneAt).map((m: { slug: string }) => m.slug).sort()).toEqual([slugs[0], slugs[1]].sort());
  expect(api.history.map((h: { note: string }) => h.note)).toEqual(['Second editor: work started, second milestone done.', 'First editor: the first milestone is done.']);
});

test('without JavaScript, a stale save keeps the note, and starts again from the current version', async ({ browser }) => {
  const plain = await editorPage(browser, false);
  await plain.goto('/recommendations/3');
  await plain.getByLabel(NOTE).fill('Typed without JavaScript, on a stale page.');

  // Meanwhile another editor saves through the API.
  const other = await editorPage(browser);
  const current = await (await other.request.get('/api/recommendations/3')).json();
  const saved = await other.request.patch('/api/recommendations/3', { data: { expectedVersion: current.version, stage: 'not-started', note: 'Assessed elsewhere: not started.' } });
  expect(saved.status()).toBe(200);

  await plain.getByRole('button', { name: 'Save', exact: true }).click();
  await plain.waitForLoadState('load');
  await expect(plain.getByRole('status').filter({ hasText: en.trackerConflict.message.slice(0, 40) })).toBeVisible();
  await expect(plain.getByTestId('conflict-details')).toContainText('Assessed elsewhere: not started.');
  await expect(plain.getByLabel(NOTE)).toHaveValue('Typed without JavaScript, on a stale page.');
  await expect(plain.getByTestId('stage')).toHaveText('Not started');

  await plain.getByRole('button', { name: en.trackerConflict.startAgain }).click();
  await plain.waitForLoadState('load');
  await expect(plain.getByRole('status').filter({ hasText: en.trackerConflict.restarted })).toBeVisible();
  await expect(plain.getByLabel(NOTE)).toHaveValue('Typed without JavaScript, on a stale page.');
  await expect(plain.getByLabel('Status')).toHaveValue('not-started');
  await plain.getByRole('button', { name: 'Save', exact: true }).click();
  await plain.waitForLoadState('load');
  await expect(plain.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const api = await (await plain.request.get('/api/recommendations/3')).json();
  expect(api).toMatchObject({ stage: 'not-started', version: current.version + 2 });
  expect(api.history[0].note).toBe('Typed without JavaScript, on a stale page.');
});

test('a recommendation nobody has assessed is not stale, and shows its source’s date; chips are counted', async ({ page }) => {
  await page.goto('/recommendations');
  const second = page.getByTestId('scorecard').locator('> li').nth(1);
  await expect(second).toContainText('Never reviewed');
  await expect(second).toContainText('As stated in “Ties That Truly Bind?');
  await expect(second).toContainText('October 2025');
  await expect(second).not.toContainText('Stale');
  await expect(page.getByRole('link', { name: 'Filter by NATO' })).toContainText('4');
  await expect(page.getByRole('link', { name: 'Filter by NATO' })).toHaveAccessibleName(/4 recommendations/);
  await page.goto('/ko/recommendations/2');
  await expect(page.getByTestId('source-date')).toContainText('2025');
});

test('signing in returns to the page the editor started from, and never to another site', async ({ page }) => {
  await page.goto('/deals?country=PL');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/deals\?country=PL$/);
  await page.context().clearCookies();

  await page.goto('/ko/recommendations/4');
  await page.getByRole('link', { name: ko.trackerConflict.signInToUpdate }).click();
  await expect(page).toHaveURL(/\/ko\/sign-in\?next=%2Frecommendations%2F4$/);
  await page.getByLabel(ko.auth.email).fill(EDITOR.email);
  await page.getByLabel(ko.auth.password).fill(EDITOR.password);
  await page.getByRole('button', { name: ko.auth.submit }).click();
  await expect(page).toHaveURL(/\/ko\/recommendations\/4$/);
  await page.context().clearCookies();

  for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page, next).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/recommendations$/);
    await page.context().clearCookies();
  }
});

test('each page names its feed for feed readers, links it, and the feed reads as a page in a browser', async ({ page, request }) => {
  const pages: Array<[string, string]> = [
    ['/recommendations', '/recommendations/feed.xml'],
    ['/recommendations/4', '/recommendations/4/feed.xml'],
    ['/ko/recommendations/4', '/ko/recommendations/4/feed.xml'],
  ];
  for (const [path, feed] of pages) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute('href', new RegExp(`${feed.replace(/[/.]/g, '\\$&')}$`));
    await expect(page.locator(`main a[href="${feed}"]`), path).toHaveCount(1);
  }
  await page.goto('/deals?country=PL');
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/deals\/feed\.xml\?country=PL$/);

  for (const feed of ['/recommendations/feed.xml', '/recommendations/4/feed.xml', '/ko/recommendations/4/feed.xml', '/deals/feed.xml?country=PL', '/ko/deals/feed.xml?country=PL']) {
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    expect(response.headers()['content-type'], feed).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml, feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<\?xml-stylesheet type="text\/xsl" href="\/(ko\/)?feed.xsl"\?>/);
    expect(xml, feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  }
  expect((await request.get('/deals/feed.xml?colour=red')).status()).toBe(400);
  expect((await request.get('/recommendations/11/feed.xml')).status()).toBe(404);
  const xsl = await request.get('/ko/feed.xsl');
  expect(xsl.headers()['content-type']).toContain('text/xsl');

  // Opened in the browser, the stylesheet (from our own origin) makes it a readable page.
  await page.goto('/recommendations/4/feed.xml');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Recommendation 4');
  await expect(page.getByText(en.trackerFeeds.aboutFeed)).toBeVisible();
  await page.goto('/ko/recommendations/feed.xml');
  await expect(page.getByText(ko.trackerFeeds.aboutFeed)).toBeVisible();
});
