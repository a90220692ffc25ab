// How long other requests wait while a 5,000-row CSV import runs: an editor, in Chromium, checks
// (dry run) and applies a 5,000-row deals file, while this script asks GET /api/health one request
// after another and records the longest answer during each step.
//
//   node tests/bench/import-health.mjs [--base=http://127.0.0.1:3500] [--port=3500]
//                                      [--dist=.next-import-bench] [--build] [--rows=5000]
//
// Without --base it serves a production build (`--dist`, built first if it has no BUILD_ID or with
// --build) with `next start` on `--port`, against a fresh database of its own (.data/bench-import-<port>.db,
// seeded, with the browser tests' editor). With --base it uses that server and signs in as
// TIES_BENCH_EMAIL / TIES_BENCH_PASSWORD (default: the browser tests' editor); it adds 5,000 deals there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { parse } from 'csv-parse/sync';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const port = Number(option('port', 3500));
const distDir = option('dist', '.next-import-bench');
const rows = Number(option('rows', 5000));
const editor = { email: process.env.TIES_BENCH_EMAIL ?? 'editor@ties.test', password: process.env.TIES_BENCH_PASSWORD ?? 'correct horse battery staple' };

function run(command, commandArgs, env) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status})`);
}

/** A production server on a fresh seeded database, and a way to stop it. */
async function startServer() {
  const file = path.join(root, `.data/bench-import-${port}.db`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  const env = { DATABASE_URL: `file:${file}`, NEXT_DIST_DIR: distDir };
  run('npm', ['run', '-s', 'db:migrate'], env);
  run('npm', ['run', '-s', 'db:seed'], env);
  run('npm', ['run', '-s', 'user:create-admin'], { ...env, TIES_ADMIN_EMAIL: editor.email, TIES_ADMIN_NAME: 'Bench Editor', TIES_ADMIN_PASSWORD: editor.password });
  if (args.includes('--build') || !existsSync(path.join(root, distDir, 'BUILD_ID'))) run('npx', ['next', 'build'], env);
  if (await fetch(`http://127.0.0.1:${port}/`).then(() => true).catch(() => false)) throw new Error(`port ${port} is in use: choose another with --port`);
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: root, env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit', detached: true });
  // Whatever ends this script, the server ends with it.
  process.on('exit', () => server.exitCode === null && process.kill(-server.pid, 'SIGTERM'));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)) break;
    if (i > 600) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop: () => server.exitCode === null && process.kill(-server.pid, 'SIGTERM') };
}

/** Health checks one after another until stopped: how long each took. */
function pollHealth(base) {
  const times = [];
  const begun = performance.now();
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      // A reset connection (a keep-alive socket the server closed while it could not answer) counts as a failure.
      const status = await fetch(`${base}/api/health`, { cache: 'no-store' })
        .then(async (response) => (await response.arrayBuffer(), response.status))
        .catch(() => 0);
      times.push({ at: started - begun, ms: performance.now() - started, status });
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return async () => {
    running = false;
    await done;
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    const slow = times.filter((t) => t.ms > 100).map((t) => `${(t.at / 1000).toFixed(1)} s: ${t.ms.toFixed(0)} ms`);
    return { count: times.length, failed: times.filter((t) => t.status !== 200).length, medianMs: at(0.5), p99Ms: at(0.99), maxMs: sorted.at(-1) ?? NaN, slow };
  };
}

/** A deals file of `rows` rows: every deal of the export, its title amended, then new deals. */
async function importFile(base) {
  const exported = await (await fetch(`${base}/api/deals?format=csv`)).text();
  const [header = [], ...deals] = parse(exported.replace(/^\uFEFF/, ''), { comment: '#', comment_no_infix: true });
  const at = (name) => header.indexOf(name);
  const run = Date.now().toString(36);
  const amended = deals.map((d) => d.map((cell, i) => (i === at('title') ? `${cell} (bench ${run})` : cell)));
  // New deals kept small, so that 5,000 rows fit in the import's 1 MiB.
  const first = (list) => list.split('; ')[0];
  const created = Array.from({ length: Math.max(0, rows - deals.length) }, (_, n) =>
    deals[0].map((cell, i) => {
      const name = header[i];
      if (name === 'slug') return `b-${run}-${n}`;
      if (name === 'title') return `Bench ${n}`;
      if (name === 'summary') return 'Bench row.';
      if (name === 'organisations' || name === 'sources') return first(cell);
      return ['title_ko', 'summary_ko', 'value_amount', 'value_currency', 'value_text', 'value_source', 'updated_at', 'url'].includes(name) ? '' : cell;
    }),
  );
  const quote = (cell) => `"${cell.replace(/"/g, '""')}"`;
  const text = `\uFEFF# Ties import bench\r\n${[header, ...amended, ...created].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
  return { buffer: Buffer.from(text, 'utf8'), rows: amended.length + created.length };
}

async function measure(name, base, step) {
  const stop = pollHealth(base);
  const started = performance.now();
  await step();
  const seconds = (performance.now() - started) / 1000;
  return { step: name, seconds, ...(await stop()) };
}

const server = option('base', null) ? { base: option('base'), stop: () => undefined } : await startServer();
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
let browser;
const results = [];
try {
  browser = await chromium.launch(
    systemChromium ? { executablePath: systemChromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] } : {},
  );
  const page = await browser.newPage({ baseURL: server.base });
  page.setDefaultTimeout(300_000);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Signed in as').waitFor();
  await page.goto('/import');
  const file = await importFile(server.base);
  console.log(`file: ${file.rows} rows, ${file.buffer.byteLength} bytes`);
  if (file.buffer.byteLength > 1024 * 1024) throw new Error('the file is over the import limit of 1 MiB');
  await page.getByLabel('CSV file').setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: file.buffer });
  await page.getByLabel('Note: what this import is, and why').fill('Import bench: 5,000 rows');
  results.push(await measure('idle (2 s)', server.base, () => new Promise((r) => setTimeout(r, 2000))));
  // Each step is timed from the click to the server's answer; the browser then draws
  // 5,000 rows, which only competes with the server for the machine's cores.
  const answered = async (click) => {
    const response = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/import'));
    await click();
    // The answer's headers: Next sends them once the action has returned, then streams its result.
    await response;
  };
  results.push(await measure('dry run', server.base, () => answered(() => page.getByRole('button', { name: 'Check' }).click())));
  await page.getByTestId('import-counts').or(page.getByTestId('import-problems')).waitFor();
  const status = await page.getByTestId('import-status').innerText();
  console.log(`dry run said: ${status.replace(/\s+/g, ' ')}`);
  if (!(await page.getByTestId('import-counts').isVisible())) throw new Error('the file was refused');
  const before = await page.getByTestId('import-status').textContent();
  results.push(await measure('apply', server.base, () => answered(() => page.getByRole('button', { name: /^Apply / }).click())));
  // Done when the status changes: the applied message, or anything else (an error page).
  await page.waitForFunction((text) => document.querySelector('[data-testid=import-status]')?.textContent !== text, before);
  const statusNow = page.getByTestId('import-status');
  const applied = (await statusNow.count()) ? await statusNow.textContent() : null;
  console.log(`apply said: ${applied ?? (await page.locator('body').innerText()).slice(0, 300)}`);
} finally {
  const line = (r) => `| ${r.step} | ${r.seconds.toFixed(1)} s | ${r.count} | ${r.failed} | ${r.medianMs.toFixed(0)} ms | ${r.p99Ms.toFixed(0)} ms | ${r.maxMs.toFixed(0)} ms |`;
  for (const r of results) if (r.slow.length) console.log(`${r.step}: answers over 100 ms (started at: took) ${r.slow.join(', ')}`);
  console.log(['| step | took | health checks | failed | median | p99 | longest |', '|---|---|---|---|---|---|---|', ...results.map(line)].join('\n'));
  await browser?.close();
  server.stop();
}
