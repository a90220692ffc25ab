// Records Lighthouse scores (performance, accessibility, best practices, SEO) for the main pages of a
// running server, on mobile (Lighthouse's default: a mid-range phone on a slow 4G network, simulated)
// and on desktop, with the system Chromium and nothing fetched from the internet.
//
//   node tests/lighthouse/run.mjs [base-url] [--form-factor=mobile|desktop] [--runs=N]
//
// The base URL is the argument, or LIGHTHOUSE_URL, or http://localhost:3000. Writes results.json and
// results.md next to this file. With --runs=N each page is measured N times and the run with the
// median performance score is kept, which evens out a noisy machine.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const pages = ['/', '/deals', '/instruments', '/recommendations'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const baseUrl = (args.find((a) => !a.startsWith('--')) ?? process.env.LIGHTHOUSE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const formFactors = option('form-factor') ? [option('form-factor')] : ['mobile', 'desktop'];
const runs = Math.max(1, Number(option('runs') ?? 1));
if (formFactors.some((f) => f !== 'mobile' && f !== 'desktop')) throw new Error('--form-factor is mobile or desktop');
if (!process.env.CHROME_PATH && existsSync('/usr/bin/chromium')) process.env.CHROME_PATH = '/usr/bin/chromium';

/** One Lighthouse run of one page: scores out of 100, the key metrics, and what fell short. */
async function measure(url, formFactor, port) {
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
  const { lhr } = result ?? {};
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const shortfalls = Object.fromEntries(
    categories.map((c) => [
      c,
      lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 0.9)
        .map((ref) => ({ id: ref.id, title: lhr.audits[ref.id].title, displayValue: lhr.audits[ref.id].displayValue })),
    ]),
  );
  const values = Object.fromEntries(metrics.map((m) => [m, lhr.audits[m]?.displayValue ?? null]));
  return { url, formFactor, scores, metrics: values, shortfalls, lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment.hostUserAgent };
}

const median = (list) => [...list].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(list.length / 2)];

const results = [];
const chrome = await chromeLauncher.launch({ chromeFlags });
try {
  for (const formFactor of formFactors) {
    for (const page of pages) {
      const attempts = [];
      for (let i = 0; i < runs; i++) attempts.push(await measure(`${baseUrl}${page}`, formFactor, chrome.port));
      const kept = median(attempts);
      results.push({ page, ...kept, performanceRuns: attempts.map((a) => a.scores.performance) });
      const s = kept.scores;
      console.error(`${formFactor.padEnd(7)} ${page.padEnd(16)} perf ${s.performance} · a11y ${s.accessibility} · bp ${s['best-practices']} · seo ${s.seo}`);
    }
  }
} finally {
  await chrome.kill();
}

const header = ['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'];
const rows = results.map((r) => [
  r.page,
  r.formFactor,
  ...categories.map((c) => String(r.scores[c])),
  r.metrics['largest-contentful-paint'] ?? '',
  r.metrics['total-blocking-time'] ?? '',
  r.metrics['cumulative-layout-shift'] ?? '',
]);
const measuredAt = new Date().toISOString();
const first = results[0];
const notes = results.flatMap((r) =>
  categories.flatMap((c) =>
    r.scores[c] < 100 ? r.shortfalls[c].map((s) => `- ${r.page} (${r.formFactor}, ${c}): ${s.title}${s.displayValue ? ` (${s.displayValue})` : ''}`) : [],
  ),
);
const markdown = [
  '# Lighthouse scores',
  '',
  `Measured ${measuredAt} against ${baseUrl} with Lighthouse ${first?.lighthouseVersion} and ${first?.userAgent}.`,
  'Mobile is Lighthouse’s default (simulated slow 4G and a 4× slower CPU); desktop is its desktop preset.',
  '',
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  ...(notes.length > 0 ? ['Audits that fell short (score below 0.9):', '', ...notes, ''] : []),
].join('\n');

const dir = path.dirname(fileURLToPath(import.meta.url));
await writeFile(path.join(dir, 'results.json'), `${JSON.stringify({ measuredAt, baseUrl, results }, null, 2)}\n`);
await writeFile(path.join(dir, 'results.md'), markdown);
console.table(Object.fromEntries(rows.map((r) => [`${r[1]} ${r[0]}`, Object.fromEntries(header.slice(2).map((h, i) => [h, r[i + 2]]))])));
