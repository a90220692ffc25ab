// What the browser tests share: the seeded editor's account, signing in, and finding form fields.
import { type Browser, type Locator, type Page, expect } from '@playwright/test';

/** The admin that tests/e2e/serve.sh creates (admins can do all an editor can). */
export const EDITOR = { email: 'editor@ties.test', password: 'correct horse battery staple', name: 'Eda Editor' };

export async function signIn(page: Page, base = '') {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${EDITOR.name}`)).toBeVisible();
}

/** A signed-in editor in a browser context of its own, with or without JavaScript. */
export async function editorPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signIn(page);
  return page;
}

/** A labelled text field or select, by its accessible name (a required field's " *" is hidden from it). */
export const control = (scope: Page | Locator, name: string | RegExp) =>
  scope.getByRole('textbox', { name, exact: true }).or(scope.getByRole('combobox', { name, exact: true }));
