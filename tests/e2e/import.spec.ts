// The CSV import in the browser: upload a file with the export's columns, read the dry run, apply it,
// and find the change on the record's page and in its history.
import { parse } from 'csv-parse/sync';
import { expect, test } from './support/test';
import { signIn } from './support/editor';

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const csvFile = (name: string, header: string[], rows: string[][]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF# Ties import test\r\n${[header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8'),
});

test('an editor imports a CSV with one changed deal: dry run, apply, and the change is on the page and in its history', async ({ page }) => {
  await signIn(page);
  await page.goto('/deals');
  await page.getByRole('link', { name: 'Import from CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import from CSV' })).toBeVisible();

  // Start from the export, as an editor would; its formula guards and citation line stay as they are.
  const exported = await (await page.request.get('/api/deals?format=csv')).text();
  const [header = [], original = []] = parse(exported.replace(/^\uFEFF/, ''), { comment: '#', comment_no_infix: true }) as string[][];
  const slug = original[header.indexOf('slug')]!;
  const summaryAt = header.indexOf('summary');
  const summary = `${original[summaryAt]} Amended by the import test.`;
  const changed = original.map((cell, i) => (i === summaryAt ? summary : cell));

  const check = page.getByTestId('import-check');
  await check.getByLabel('CSV file').setInputFiles(csvFile('one-change.csv', header, [changed]));
  await check.getByLabel('Note: what this import is, and why').fill('Import of contracts, November 2026');
  await check.getByRole('button', { name: 'Check' }).click();

  const report = page.getByTestId('import-report');
  await expect(page.getByTestId('import-status')).toContainText('one-change.csv: deals');
  await expect(page.getByTestId('import-counts')).toContainText('1 to change');
  const row = report.locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(slug);
  await expect(row).toContainText('Change');
  await expect(row).toContainText('summary');
  await expect(row).toContainText('Amended by the import test.');

  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByText('Applied 1 change, in one transaction.')).toBeVisible();
  await expect(page.getByTestId('import-counts')).toContainText('1 changed');

  await page.goto(`/deals/${slug}`);
  await expect(page.getByText('Amended by the import test.')).toBeVisible();
  await page.getByTestId('record-status').getByRole('link', { name: 'History' }).click();
  const revision = page.getByTestId('revisions').locator('li').first();
  await expect(revision).toContainText('Changed');
  await expect(revision).toContainText('by CSV import');
  await expect(revision).toContainText('Eda Editor');
  await expect(revision).toContainText('Import of contracts, November 2026');

  // Put it back, so the suites after this one see the paper's text.
  await page.goto('/import');
  await page.getByLabel('CSV file').setInputFiles(csvFile('restore.csv', header, [original]));
  await page.getByLabel('Note: what this import is, and why').fill('Undo the import test');
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByText('Applied 1 change, in one transaction.')).toBeVisible();
});

test('a file with a bad row, or in the wrong encoding, is refused and offers nothing to apply', async ({ page }) => {
  await signIn(page);
  await page.goto('/import');
  const exported = await (await page.request.get('/api/deals?format=csv')).text();
  const [header = [], first = []] = parse(exported.replace(/^\uFEFF/, ''), { comment: '#', comment_no_infix: true }) as string[][];
  const bad = first.map((cell, i) => (header[i] === 'slug' ? 'a-deal-with-an-unknown-firm' : header[i] === 'organisations' ? 'no-such-firm:prime-contractor' : cell));

  await page.getByLabel('CSV file').setInputFiles(csvFile('bad-row.csv', header, [first, bad]));
  await page.getByLabel('Note: what this import is, and why').fill('A file with a bad row');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('import-counts')).toContainText('1 rejected');
  const rejected = page.getByTestId('import-report').locator('tbody tr[data-action="rejected"]');
  await expect(rejected).toContainText('4');
  await expect(rejected).toContainText('a-deal-with-an-unknown-firm');
  await expect(rejected).toContainText('Not in the register: no-such-firm.');
  await expect(page.getByText(/1 row is rejected, so nothing can be applied/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Apply/ })).toHaveCount(0);

  const latin1 = Buffer.concat([Buffer.from('"slug","title"\r\n"a","Caf'), Buffer.from([0xe9]), Buffer.from('"\r\n')]);
  await page.getByLabel('CSV file').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
  await page.getByLabel('Note: what this import is, and why').fill('A file in Latin-1');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('import-problems')).toContainText('The file is not UTF-8 text');
});
