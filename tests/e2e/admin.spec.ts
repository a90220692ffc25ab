import { type Page } from '@playwright/test';
import { expect, test } from './support/test';

/** Signs in and waits until the sign-in page has sent the browser on. */
async function signInAs(page: Page, email: string, password: string, timeout?: number) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'), { timeout });
}

test('an admin creates an editor, who can sign in until the admin disables the account', async ({ page, browser }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('editor@ties.test');
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  await page.getByLabel('Email').fill('new.editor@ties.test');
  await page.getByLabel('Name').fill('Noa Editor');
  await page.getByLabel(/Password/).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#password-error')).toHaveText('Use at least 12 characters.');
  await expect(page.getByLabel('Email')).toHaveValue('new.editor@ties.test');
  await page.getByLabel(/Password/).fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('row', { name: /Noa Editor/ })).toContainText('Active');

  const editor = await (await browser.newContext()).newPage();
  await editor.goto('/sign-in');
  await editor.getByLabel('Email').fill('new.editor@ties.test');
  await editor.getByLabel('Password').fill('a long enough passphrase');
  await editor.getByRole('button', { name: 'Sign in' }).click();
  await expect(editor.getByText('Signed in as Noa Editor')).toBeVisible();
  await editor.goto('/admin/users');
  await expect(editor.getByText('Only admins can manage users.')).toBeVisible();

  await page.getByRole('button', { name: 'Disable Noa Editor' }).click();
  await expect(page.getByRole('row', { name: /Noa Editor/ })).toContainText('Disabled');
  await editor.goto('/recommendations/3');
  // Signed out: the header offers to sign in again (the page's own 'Sign in to update' link aside).
  await expect(editor.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('a forged disable from a non-admin is refused without an error, and changes nothing', async ({ page, browser, baseURL }) => {
  await signInAs(page, 'editor@ties.test', 'correct horse battery staple');
  await page.goto('/admin/users');
  await page.getByLabel('Email').fill('forger@ties.test');
  await page.getByLabel('Name').fill('Fay Forger');
  await page.getByLabel(/Password/).fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('row', { name: /Fay Forger/ })).toContainText('Active');
  // What an admin's button posts: the action's id and the account's, as the server renders the form
  // (a form rendered on the client carries no action id). The editor replays it as their own.
  await page.reload();
  const row = page.getByRole('row', { name: /Fay Forger/ });
  const form = row.locator('form');
  const actionField = await form.locator('input[name^="$ACTION_ID_"]').getAttribute('name');
  const id = await form.locator('input[name="id"]').inputValue();

  const forger = await (await browser.newContext()).newPage();
  await signInAs(forger, 'forger@ties.test', 'a long enough passphrase');
  await expect(forger.getByText('Signed in as Fay Forger')).toBeVisible();
  const response = await forger.request.post('/admin/users', {
    multipart: { [actionField ?? '']: '', id, disable: '1' },
    headers: { Origin: baseURL ?? '' },
  });
  expect(response.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole('row', { name: /Fay Forger/ })).toContainText('Active');
  await forger.goto('/recommendations/3');
  await expect(forger.getByText('Signed in as Fay Forger')).toBeVisible();
});

test('a stranger’s wrong passwords lock their own browser out, never the owner signing in elsewhere', async ({ page, browser }) => {
  await signInAs(page, 'editor@ties.test', 'correct horse battery staple');
  await page.goto('/admin/users');
  await page.getByLabel('Email').fill('owen.owner@ties.test');
  await page.getByLabel('Name').fill('Owen Owner');
  await page.getByLabel(/Password/).fill('the owner’s own passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('row', { name: /Owen Owner/ })).toContainText('Active');

  const stranger = await (await browser.newContext()).newPage();
  // A fresh page each time, so each answer is waited for (the browser keeps its cookies, so it stays one client).
  const guess = async (password: string) => {
    await stranger.goto('/sign-in');
    await stranger.getByLabel('Email').fill('owen.owner@ties.test');
    await stranger.getByLabel('Password').fill(password);
    await stranger.getByRole('button', { name: 'Sign in' }).click();
  };
  for (let i = 0; i < 5; i++) {
    await guess(`guess-${i}`);
    await expect(stranger.locator('form').getByRole('alert')).toHaveText('The email or password is not right.');
  }
  await guess('guess-again');
  await expect(stranger.locator('form').getByRole('alert')).toHaveText(/^Too many failed attempts\. Try again in \d+ seconds\.$/);

  // The owner, from another browser, is slowed a little at most, and gets in.
  const owner = await (await browser.newContext()).newPage();
  await signInAs(owner, 'owen.owner@ties.test', 'the owner’s own passphrase', 15_000);
  await expect(owner.getByText('Signed in as Owen Owner')).toBeVisible();
});
