// Issue 17: policy staff run the tracker for years. Milestones are added, edited, reordered,
// retired (never deleted) and done on the day they happened, with or without JavaScript; a
// recommendation is flagged as a priority, and closing it records why. Readers see all of it.
// Recommendations 8 and 7: no later spec asserts their milestones or stage.
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { catalogues } from '../../lib/i18n/messages';
import { editorPage } from './support/editor';

const { en, ko } = catalogues;
const NOTE = /Note \(required\)/;


const save = async (page: Page) => {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForLoadState('load');
};

test('without JavaScript, an editor adds, dates, edits and reorders milestones in one save, then retires one', async ({ browser, page }) => {
  const editor = await editorPage(browser, false);
  await editor.goto('/recommendations/8');
  const before = await (await editor.request.get('/api/recommendations/8')).json();
  const [first, second] = before.milestones as Array<{ slug: string; title: string }>;
  const row = (slug: string) => editor.getByTestId(`milestone-${slug}`);

  // Done on a past day, not on the day it is recorded.
  await row(first!.slug).getByRole('checkbox', { name: first!.title }).check();
  await row(first!.slug).getByLabel(en.trackerForm.doneOn).fill('2026-03-02');
  // A closed fold still submits: the second milestone's target moves and it goes first.
  await row(second!.slug).getByText(en.trackerForm.edit).click();
  await row(second!.slug).getByLabel(en.trackerForm.target).fill('2027-09');
  await row(second!.slug).getByLabel(en.trackerForm.position).fill('0');
  await editor.getByText(en.trackerForm.addMilestone).click();
  await editor.getByLabel(en.trackerForm.title, { exact: true }).last().fill('EU–ROK supply-chain dialogue held');
  await editor.getByLabel(en.trackerForm.actor).last().selectOption({ label: 'EU' });
  await editor.getByLabel(en.trackerForm.target).last().fill('2027-06');
  await editor.getByLabel(en.trackerForm.priority).check();
  await editor.getByLabel(NOTE).fill('Milestones brought up to date after the June review.');
  await save(editor);
  await expect(editor.getByRole('status').filter({ hasText: en.tracker.saved })).toBeVisible();

  // A reader sees one history entry listing every change, the day it happened, the retired milestone apart.
  await page.goto('/recommendations/8');
  const entries = page.getByTestId('history').locator('> li');
  await expect(entries).toHaveCount(1);
  for (const line of [
    `Milestone: ${first!.title} — not done → done (done on 2 March 2026)`,
    `Milestone edited: ${second!.title} — Target:`,
    '→ 2027-09',
    'Milestone added: EU–ROK supply-chain dialogue held',
    'Milestones reordered',
    'Priority — not a priority → priority',
  ]) {
    await expect(entries.first()).toContainText(line);
  }
  await expect(page.getByTestId('priority')).toContainText(en.trackerRecord.priority);
  const milestones = page.getByTestId('milestones').locator('> li');
  await expect(milestones.first()).toContainText(second!.title);
  await expect(page.getByTestId('milestones')).toContainText('Done: 2 March 2026');
  await expect(milestones.last()).toContainText('EU–ROK supply-chain dialogue held');
  const saved = await (await page.request.get('/api/recommendations/8')).json();
  expect(saved.priority).toBe(true);
  expect(saved.progress).toMatchObject({ done: 1, total: before.progress.total + 1 });
  expect(saved.history[0].changes.find((c: { kind: string }) => c.kind === 'milestone').effectiveAt).toBe('2026-03-02T00:00:00.000Z');

  // The added milestone is retired in a second save: kept, listed apart, no longer counted.
  const added = saved.milestones.at(-1) as { slug: string; title: string };
  await editor.goto('/recommendations/8');
  await row(added.slug).getByText(en.trackerForm.edit).click();
  await row(added.slug).getByLabel(en.trackerForm.retired).check();
  await editor.getByLabel(NOTE).fill('The dialogue was folded into the partnership talks.');
  await save(editor);
  await expect(editor.getByRole('status').filter({ hasText: en.tracker.saved })).toBeVisible();
  await page.goto('/recommendations/8');
  await expect(page.getByTestId('milestones')).not.toContainText(added.title);
  await expect(page.getByTestId('retired-milestones')).toContainText(added.title);
  await expect(entries.first()).toContainText(`Milestone retired: ${added.title}`);
  const api = await (await page.request.get('/api/recommendations/8')).json();
  expect(api.progress.total).toBe(before.progress.total);
  expect(api.milestones.find((m: { slug: string }) => m.slug === added.slug).retiredAt).not.toBeNull();

  // The scorecard flags it, in both languages.
  await page.goto('/recommendations');
  await expect(page.locator('[data-number="8"]').getByTestId('priority')).toHaveText(en.trackerRecord.priority);
  await page.goto('/ko/recommendations');
  await expect(page.locator('[data-number="8"]').getByTestId('priority')).toHaveText(ko.trackerRecord.priority);
  await page.goto('/ko/recommendations/8');
  await expect(page.getByTestId('history')).toContainText(`${ko.tracker.kind['milestone-retire']}: `);
});

test('closing a recommendation asks why, keeps what was typed, and shows the reason to readers', async ({ browser, page }) => {
  const editor = await editorPage(browser);
  await editor.goto('/recommendations/7');
  await editor.getByLabel('Status').selectOption({ label: 'Superseded' });
  await editor.getByLabel(NOTE).fill('Overtaken by the new partnership.');
  await save(editor);
  await expect(editor.getByText(en.formErrors.closureRequired)).toBeVisible();
  await expect(editor.getByLabel(NOTE)).toHaveValue('Overtaken by the new partnership.');
  await expect(editor.getByLabel('Status')).toHaveValue('superseded');

  await editor.getByLabel(en.trackerForm.closureReason).fill('Replaced by the 2026 EU–ROK Security and Defence Partnership.');
  await save(editor);
  await expect(editor.getByRole('status').filter({ hasText: en.tracker.saved })).toBeVisible();

  await page.goto('/recommendations/7');
  await expect(page.getByTestId('stage')).toHaveText('Superseded');
  await expect(page.getByTestId('closure')).toContainText('Replaced by the 2026 EU–ROK Security and Defence Partnership.');
  await expect(page.getByTestId('history').locator('> li').first()).toContainText('Closure reason: Replaced by the 2026 EU–ROK Security and Defence Partnership.');
});

test('a milestone with no title, or done on a day to come, is refused on its own field, and nothing is saved', async ({ browser }) => {
  const editor = await editorPage(browser);
  await editor.goto('/recommendations/8');
  const before = await (await editor.request.get('/api/recommendations/8')).json();
  const slug = before.milestones.find((m: { retiredAt: string | null; doneAt: string | null }) => !m.retiredAt && !m.doneAt).slug;
  const row = editor.getByTestId(`milestone-${slug}`);
  await row.getByText(en.trackerForm.edit).click();
  await row.getByLabel(en.trackerForm.title, { exact: true }).fill('');
  await row.getByLabel(en.trackerForm.doneOn).fill('2099-01-01');
  await editor.getByLabel(NOTE).fill('A bad edit.');
  await save(editor);
  await expect(row.getByLabel(en.trackerForm.title, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(row.getByText(en.formErrors.futureDay)).toBeVisible();
  await expect(editor.getByLabel(NOTE)).toHaveValue('A bad edit.');
  const after = await (await editor.request.get('/api/recommendations/8')).json();
  expect(after.version).toBe(before.version);
});
