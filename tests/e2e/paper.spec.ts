// /paper: the paper by section, paragraph and footnote; values link to the sentence that states
// them, shown highlighted; each paragraph says what in Ties rests on it; Korean around English.
import { expect, test } from './support/test';

test('a key figure links to its sentence in the paper, highlighted', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('listitem').filter({ has: page.getByText('South Korea’s defence exports in 2023', { exact: true }) });
  await figure.getByRole('link', { name: 'the sentence in the paper' }).click();
  await expect(page).toHaveURL(/\/paper\?cite=key-figure:rok-defence-exports-2023#chapter-1-p1$/);
  const paragraph = page.locator('#chapter-1-p1');
  await expect(paragraph.locator('mark')).toHaveText(/Seoul’s defence exports rose sharply in recent years – reaching roughly US\$14 billion to 12 countries in 2023/);
  await expect(page.getByRole('status')).toContainText('The highlighted words');
  // Only the cited paragraph is marked.
  await expect(page.locator('mark')).toHaveCount(1);
});

test('each paragraph and footnote says what in Ties rests on it', async ({ page }) => {
  await page.goto('/paper');
  await expect(page.getByRole('heading', { level: 2, name: 'Chapter 1: What does each partner offer the other?' })).toBeVisible();
  await expect(page.locator('#chapter-1-p1').getByRole('link', { name: /key figure “South Korea’s defence exports in 2023”/ })).toBeVisible();
  await expect(page.locator('#recommendation-4').getByRole('link', { name: /recommendation 4,/ })).toHaveAttribute('href', '/recommendations/4');
  const footnote = page.locator('#fn-2');
  await expect(footnote).toContainText('Hanwha Aerospace confirms Romanian K9 buy');
  await expect(footnote.getByRole('link', { name: /bibliography’s entry/ })).toHaveAttribute('href', /\/sources#/);
  // Footnote marks in the text go to their footnote.
  await page.getByRole('link', { name: 'Footnote 7' }).click();
  await expect(page).toHaveURL(/#fn-7$/);
  // A citation to something that is no key figure is ignored, never an error.
  const response = await page.goto('/paper?cite=key-figure:no-such-figure');
  expect(response?.status()).toBe(200);
  await expect(page.locator('mark')).toHaveCount(0);
});

test('the Korean page has Korean headings and notes around the English text', async ({ page }) => {
  await page.goto('/ko/paper');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('보고서 원문');
  await expect(page.getByRole('heading', { level: 2, name: '서론' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '제1장: 각 파트너는 서로에게 무엇을 제공하는가?' })).toBeVisible();
  await expect(page.getByText('보고서 본문은 영어 원문 그대로 싣습니다.')).toBeVisible();
  await expect(page.locator('#introduction-p1 p')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#chapter-1-p1').getByText('Ties에서 이 부분을 근거로 하는 항목:')).toBeVisible();
});

// axe in both languages and the page at 360 px wide: tests/e2e/accessibility.spec.ts.
