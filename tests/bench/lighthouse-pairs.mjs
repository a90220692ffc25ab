// Lighthouse (mobile) on our pages beside a bare Next.js page (tests/bench/bare-next), run in
// interleaved pairs: bare, ours, bare, ours… so that whatever else the machine does weighs on both
// alike. Prints each pair and the medians, and the differences the issue sets: our performance within
// 2 points of the bare page's, our largest contentful paint within 300 ms of its.
//   node tests/bench/lighthouse-pairs.mjs <our base URL> [--pairs=5] [--pages=/,/deals,/recommendations] [--skip-build] [--write]
// Our server must be running (on the paper's seed); the bare page is built and served here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSection } from './results-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ours = (args.find((a) => !a.startsWith('--')) ?? '').replace(/\/$/, '');
if (!ours) throw new Error('Usage: node tests/bench/lighthouse-pairs.mjs <our base URL> [--pairs=5] [--pages=/,/deals] [--skip-build] [--write]');
const pairs = Number(option('pairs', '5'));
const pages = option('pages', '/,/deals,/recommendations').split(',');
const barePort = 3390;
const bareUrl = `http://localhost:${barePort}`;
if (!process.env.CHROME_PATH && existsSync('/usr/bin/chromium')) process.env.CHROME_PATH = '/usr/bin/chromium';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
if (!args.includes('--skip-build')) {
  const built = spawnSync('npx', ['next', 'build', 'tests/bench/bare-next'], { cwd: root, env, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('The bare page did not build');
}
const bare = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', 'tests/bench/bare-next', '-p', String(barePort), '-H', 'localhost'], { cwd: root, env, stdio: 'ignore' });
for (let i = 0; i < 60 && !(await fetch(`${bareUrl}/`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 500));

const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const chrome = await chromeLauncher.launch({ chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const score = async (url) => {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  return { performance: Math.round(lhr.categories.performance.score * 100), lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue), tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue) };
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const loadBefore = os.loadavg()[0];
const results = [];
try {
  // Warm both servers once, unmeasured.
  await score(`${bareUrl}/`);
  for (const page of pages) await score(ours + page);
  for (const page of pages) {
    const runs = [];
    for (let i = 0; i < pairs; i++) {
      const b = await score(`${bareUrl}/`);
      const o = await score(ours + page);
      runs.push({ bare: b, ours: o });
      console.log(`${page} pair ${i + 1}: bare ${b.performance} (LCP ${b.lcpMs} ms, TBT ${b.tbtMs} ms), ours ${o.performance} (LCP ${o.lcpMs} ms, TBT ${o.tbtMs} ms)`);
    }
    const m = (side, key) => median(runs.map((r) => r[side][key]));
    const row = { page, bare: { performance: m('bare', 'performance'), lcpMs: m('bare', 'lcpMs'), tbtMs: m('bare', 'tbtMs') }, ours: { performance: m('ours', 'performance'), lcpMs: m('ours', 'lcpMs'), tbtMs: m('ours', 'tbtMs') }, runs };
    row.withinScore = row.bare.performance - row.ours.performance <= 2;
    row.withinLcp = row.ours.lcpMs - row.bare.lcpMs <= 300;
    results.push(row);
    console.log(`${page}: median ours ${row.ours.performance} vs bare ${row.bare.performance} (${row.withinScore ? 'within' : 'NOT within'} 2 points); LCP ${row.ours.lcpMs} vs ${row.bare.lcpMs} ms (${row.withinLcp ? 'within' : 'NOT within'} 300 ms)`);
  }
} finally {
  await chrome.kill();
  bare.kill('SIGTERM');
}
const loadAfter = os.loadavg()[0];

if (args.includes('--write')) {
  const file = path.join(root, 'tests/bench/results.md');
  const md = [
    '## Lighthouse beside a bare Next.js page, interleaved pairs (mobile)',
    '',
    `Measured ${new Date().toISOString()} on ${process.platform} ${process.arch}, ${os.cpus().length} cores, 1-minute load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after; ${pairs} pairs per page, each the bare page then ours. Command: \`node tests/bench/lighthouse-pairs.mjs ${ours} --pairs=${pairs} --pages=${pages.join(',')}\`.`,
    '',
    '| page | ours: performance (median) | bare: performance (median) | within 2 points | ours: LCP | bare: LCP | within 300 ms | ours: TBT | bare: TBT | each pair (bare/ours) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) => `| \`${r.page}\` | ${r.ours.performance} | ${r.bare.performance} | ${r.withinScore ? 'yes' : 'no'} | ${r.ours.lcpMs} ms | ${r.bare.lcpMs} ms | ${r.withinLcp ? 'yes' : 'no'} | ${r.ours.tbtMs} ms | ${r.bare.tbtMs} ms | ${r.runs.map((p) => `${p.bare.performance}/${p.ours.performance}`).join(', ')} |`),
    '',
  ].join('\n');
  await writeSection(file, '<!-- lighthouse pairs: written by tests/bench/lighthouse-pairs.mjs -->', '<!-- /lighthouse pairs -->', md);
  console.log(`Written to ${path.relative(root, file)}`);
}
