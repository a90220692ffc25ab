// Whatever a request carries (query, path, headers), Ties answers it below 500 and in time: a 400,
// 404, 308 or 431 is an answer, a 5xx or a hang is a failure. Requests go out raw (node:http), so
// paths, escapes and Host headers reach the server exactly as an attacker would write them.
// Repeatable by default: a fixed seed and a bounded number of runs; explore with FUZZ_SEED=<n>
// FUZZ_RUNS=<n> (runs per property), and FUZZ_TIMEOUT_MS / FUZZ_BUDGET_MS to loosen the clocks.
import { expect, test } from './support/test';
import fc from 'fast-check';
import { attackerCases } from './support/fuzz-cases';
import { requestHeaders } from './support/fuzz-headers';
import { type RawRequest, expectAnswered, failuresAmong, rawRequest, send } from './support/fuzz-http';
import { requestPath, routes, seedIds } from './support/fuzz-paths';
import { type ListKind, queryString } from './support/fuzz-query';

const SEED = Number(process.env.FUZZ_SEED ?? 20260512);
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
/** "In time": generous for a 2-core machine that is building something else, short of a hang. */
const TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? 5000);
/** Each property stops (and reports what it has) after this long, shrinking included. */
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 15_000);

let origin: URL;
let port: string;

test.beforeAll(async ({ baseURL }) => {
  origin = new URL(baseURL!);
  port = origin.port;
  console.log(`fuzz: seed ${SEED} (FUZZ_SEED), ${RUNS ?? 'default'} runs per property (FUZZ_RUNS), ${TIMEOUT_MS} ms per request`);
  // A first visit compiles nothing in a production build, but it does load fonts and open the
  // database; pay that once, outside the clock, so "in time" measures the request, not the start.
  const host = `127.0.0.1:${port}`;
  for (const path of ['/', '/ko', '/deals', '/instruments', '/recommendations', '/sources', '/api/deals', '/api/og/deals', '/embed/deals']) {
    await send(origin, rawRequest('GET', path, { host }), 30_000);
  }
});

async function check(requests: fc.Arbitrary<RawRequest>, runs: number, seedOffset: number) {
  test.setTimeout(BUDGET_MS + 3 * TIMEOUT_MS + 10_000);
  let sent = 0;
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(requests, async (request) => {
      sent++;
      await expectAnswered(origin, request, TIMEOUT_MS);
    }),
    // A failure's report names the seed and path that replay it, and the shrunk request.
    { seed: SEED + seedOffset, numRuns: RUNS ?? runs, plugins: [fc.interruptAfterTimeLimit(BUDGET_MS)] },
  );
  // An interrupted property passes on the runs it made; say so, so that a slow machine is visible.
  const stopped = sent < (RUNS ?? runs) ? ` (stopped by the ${BUDGET_MS} ms budget, FUZZ_BUDGET_MS)` : '';
  console.log(`fuzz: ${sent} requests in ${Date.now() - started} ms${stopped}`);
}

const get = (path: string, host = `127.0.0.1:${port}`) => rawRequest('GET', path, { host });

// Each list's query strings on every address that reads them: page, /ko page, embed, API, card.
const queryTargets: Record<ListKind, string[]> = {
  deals: ['/deals', '/ko/deals', '/embed/deals', '/ko/embed/deals', '/api/deals', '/api/og/deals'],
  instruments: ['/instruments', '/ko/instruments', '/api/instruments', '/api/og/instruments'],
  recommendations: ['/recommendations', '/ko/recommendations', '/embed/recommendations', '/ko/embed/recommendations', '/api/recommendations', '/api/og/recommendations'],
  sources: ['/sources', '/ko/sources', '/api/sources', '/api/og/sources'],
};
for (const [i, [kind, targets]] of Object.entries(queryTargets).entries()) {
  test(`any query string on the ${kind} list is answered below 500`, async () => {
    const arbitrary = fc.tuple(fc.constantFrom(...targets), queryString(kind as ListKind));
    await check(arbitrary.map(([path, query]) => get(`${path}?${query}`)), 100, i);
  });
}

test('any path, in either language, is answered below 500', async () => {
  await check(requestPath.map((path) => get(path)), 200, 10);
});

test('any headers on any page are answered below 500', async () => {
  const pages = routes.map((r) => r.path.replace(/\{(\w+)\}/g, (_, slot: keyof typeof seedIds) => seedIds[slot][0]));
  const arbitrary = fc.tuple(fc.constantFrom(...pages, ...pages.filter((p) => !p.startsWith('/api')).map((p) => `/ko${p === '/' ? '' : p}`)), fc.constantFrom<RawRequest['method']>('GET', 'HEAD'), requestHeaders(port));
  await check(arbitrary.map(([path, method, headers]) => rawRequest(method, path, headers)), 200, 11);
});

test('junk path, query and headers at once are answered below 500', async () => {
  await check(fc.tuple(requestPath, requestHeaders(port)).map(([path, headers]) => rawRequest('GET', path, headers)), 100, 12);
});

test('every request the attacker found a 500 with is answered below 500', async () => {
  test.setTimeout(120_000);
  const cases = attackerCases(port);
  const started = Date.now();
  const failures = await failuresAmong(origin, cases, TIMEOUT_MS);
  console.log(`fuzz: ${cases.length} known cases in ${Date.now() - started} ms, ${failures.length} failed`);
  // Every failure at once, one a line, rather than the first: each names a separate cause to fix.
  expect(failures, `${failures.length} of ${cases.length} requests failed:\n${failures.join('\n')}`).toEqual([]);
});

test('the server is still healthy after all of it', async () => {
  const outcome = await send(origin, get('/api/health'), TIMEOUT_MS);
  expect(outcome).toMatchObject({ status: 200 });
});
