import { expect, test } from '@playwright/test';

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
  await expect(editor.getByRole('link', { name: 'Sign in' })).toBeVisible();
});
