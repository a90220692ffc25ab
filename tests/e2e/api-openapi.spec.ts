// Every route the OpenAPI document describes, called for real on the running server, answers as the
// document says: the status is one it lists, the media type one it lists for that status, and a
// JSON body validates against that answer's schema (JSON Schema 2020-12, with ajv).
import { type APIResponse } from '@playwright/test';
import { expect, test } from './support/test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { signIn } from './support/editor';

type Answer = { content?: Record<string, { schema?: object }> };
type Doc = { paths: Record<string, Record<string, { responses: Record<string, Answer>; parameters?: Array<{ name: string; example?: unknown }> }>> };

const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
let doc: Doc;
const checked = new Set<string>();

/** Checks one real answer against what the document says `method path` answers. */
async function expectDocumented(response: APIResponse, method: string, path: string) {
  const operation = doc.paths[path]?.[method];
  expect(operation, `${method} ${path} is documented`).toBeDefined();
  const status = String(response.status());
  const answer = operation!.responses[status];
  expect(answer, `${method} ${path} documents ${status}`).toBeDefined();
  const type = (response.headers()['content-type'] ?? '').split(';')[0]!.trim();
  if (answer!.content) {
    expect(Object.keys(answer!.content), `${method} ${path} ${status} media type`).toContain(type);
    const schema = answer!.content[type]?.schema;
    if (type === 'application/json' && schema) {
      const validate = ajv.compile(schema);
      const body: unknown = await response.json();
      expect(validate(body) ? [] : validate.errors, `${method} ${path} ${status} body`).toEqual([]);
    }
  }
  checked.add(`${method} ${path}`);
}

test.beforeAll(async ({ request }) => {
  const response = await request.get('/api/openapi.json');
  expect(response.status()).toBe(200);
  doc = (await response.json()) as Doc;
  expect((doc as unknown as { openapi: string }).openapi).toBe('3.1.0');
});

test('the lists answer as described: JSON and CSV, every documented parameter, and refusals', async ({ request }) => {
  for (const kind of ['deals', 'instruments', 'recommendations', 'sources', 'findings']) {
    const path = `/api/${kind}`;
    await expectDocumented(await request.get(path), 'get', path);
    await expectDocumented(await request.get(`${path}?format=csv`), 'get', path);
    // Every documented parameter at once, each with its example.
    const query = new URLSearchParams();
    for (const p of doc.paths[path]!.get!.parameters ?? []) for (const v of ([] as unknown[]).concat(p.example)) if (p.name !== 'format') query.append(p.name, String(v));
    const all = await request.get(`${path}?${query}`);
    expect(all.status(), `${path}?${query}`).toBe(200);
    await expectDocumented(all, 'get', path);
    const bad = await request.get(`${path}?colour=red`);
    expect(bad.status()).toBe(400);
    await expectDocumented(bad, 'get', path);
  }
});

test('the tracker answers as described, reading and writing', async ({ request, page }) => {
  const path = '/api/recommendations/{number}';
  await expectDocumented(await request.get('/api/recommendations/4'), 'get', path);
  await expectDocumented(await request.get('/api/recommendations/11'), 'get', path);
  await expectDocumented(await request.get('/api/recommendations/4?page=abc'), 'get', path);
  await expectDocumented(await request.get('/api/recommendations/4?asof=2026-01-31'), 'get', path);
  await expectDocumented(await request.get('/api/recommendations/4?asof=2026-02-31'), 'get', path);
  const compare = '/api/recommendations/changes';
  await expectDocumented(await request.get(`${compare}?from=2026-01-01&to=2026-02-01`), 'get', compare);
  await expectDocumented(await request.get(`${compare}?from=2026-01-01&to=2026-02-01&format=csv`), 'get', compare);
  await expectDocumented(await request.get(`${compare}?from=2026-02-01&to=2026-01-01`), 'get', compare);
  const register = '/api/register/changes';
  await expectDocumented(await request.get(`${register}?from=2026-01-01&to=2026-02-01`), 'get', register);
  await expectDocumented(await request.get(`${register}?from=2026-01-01&to=2026-02-01&format=csv`), 'get', register);
  await expectDocumented(await request.get(`${register}?from=2026-02-01&to=2026-01-01`), 'get', register);
  await expectDocumented(await request.patch('/api/recommendations/10', { data: { expectedVersion: 1, note: 'Anonymous' } }), 'patch', path);

  await signIn(page);
  const api = page.request;
  const current = await (await api.get('/api/recommendations/10')).json();
  const saved = await api.patch('/api/recommendations/10', { data: { expectedVersion: current.version, note: 'Reviewed through the API test.' } });
  expect(saved.status()).toBe(200);
  await expectDocumented(saved, 'patch', path);
  const stale = await api.patch('/api/recommendations/10', { data: { expectedVersion: current.version, note: 'A stale save.' } });
  expect(stale.status()).toBe(409);
  await expectDocumented(stale, 'patch', path);
  for (const [response, status] of [
    [await api.patch('/api/recommendations/10', { data: { expectedVersion: 'x', note: '' } }), 422],
    [await api.patch('/api/recommendations/10', { data: Buffer.from('{oops'), headers: { 'Content-Type': 'application/json' } }), 400],
    [await api.patch('/api/recommendations/10', { data: 'note=x', headers: { 'Content-Type': 'text/plain' } }), 415],
    [await api.patch('/api/recommendations/10', { data: { expectedVersion: 1, note: 'x'.repeat(40_000) } }), 413],
    [await api.patch('/api/recommendations/10', { data: { expectedVersion: 1, note: 'Forged' }, headers: { Origin: 'https://evil.example' } }), 403],
    [await api.patch('/api/recommendations/11', { data: { expectedVersion: 1, note: 'none' } }), 404],
  ] as const) {
    expect(response.status()).toBe(status);
    await expectDocumented(response, 'patch', path);
  }
});

test('the service routes and feeds answer as described', async ({ request }) => {
  await expectDocumented(await request.get('/api/health'), 'get', '/api/health');
  await expectDocumented(await request.get('/api/og/deals?country=PL'), 'get', '/api/og/{list}');
  await expectDocumented(await request.get('/api/og/nothing'), 'get', '/api/og/{list}');
  await expectDocumented(await request.get('/api/openapi.json'), 'get', '/api/openapi.json');
  await expectDocumented(await request.get('/api/charts/deals/country?country=PL'), 'get', '/api/charts/deals/{chart}');
  await expectDocumented(await request.get('/api/charts/deals/country?format=png'), 'get', '/api/charts/deals/{chart}');
  await expectDocumented(await request.get('/api/charts/deals/year?format=csv'), 'get', '/api/charts/deals/{chart}');
  await expectDocumented(await request.get('/api/charts/deals/nothing'), 'get', '/api/charts/deals/{chart}');
  await expectDocumented(await request.get('/api/charts/deals/country?format=gif'), 'get', '/api/charts/deals/{chart}');
  await expectDocumented(await request.get('/recommendations/feed.xml'), 'get', '/recommendations/feed.xml');
  await expectDocumented(await request.get('/recommendations/4/feed.xml'), 'get', '/recommendations/{number}/feed.xml');
  await expectDocumented(await request.get('/recommendations/11/feed.xml'), 'get', '/recommendations/{number}/feed.xml');
  await expectDocumented(await request.get('/deals/feed.xml?country=PL'), 'get', '/deals/feed.xml');
  await expectDocumented(await request.get('/deals/feed.xml?colour=red'), 'get', '/deals/feed.xml');
  await expectDocumented(await request.get('/instruments/feed.xml?owner=EU'), 'get', '/instruments/feed.xml');
  await expectDocumented(await request.get('/instruments/feed.xml?owner=Mars'), 'get', '/instruments/feed.xml');
  await expectDocumented(await request.get('/sources/feed.xml?q=Fiott'), 'get', '/sources/feed.xml');
  await expectDocumented(await request.get('/recommendations/feed.xml?actor=nato'), 'get', '/recommendations/feed.xml');
  await expectDocumented(await request.get('/recommendations/feed.xml?actor=martians'), 'get', '/recommendations/feed.xml');
});

test('the releases answer as described', async ({ request }) => {
  const list = await request.get('/api/releases');
  await expectDocumented(list, 'get', '/api/releases');
  const file = '/api/releases/{version}/{file}';
  await expectDocumented(await request.get('/api/releases/1999.1/ties-1999.1.zip'), 'get', file);
  await expectDocumented(await request.get('/api/releases/not-a-version/datapackage.json'), 'get', file);
  // Where a release exists (tests/e2e/releases.spec.ts publishes one), its files answer too.
  const [latest] = ((await list.json()) as { releases: Array<{ version: string; files: Array<{ name: string }> }> }).releases;
  for (const name of latest ? ['datapackage.json', `ties-${latest.version}.zip`, 'deals.csv', 'CITATION.cff'] : []) {
    const response = await request.get(`/api/releases/${latest!.version}/${name}`);
    expect(response.status(), name).toBe(200);
    await expectDocumented(response, 'get', file);
  }
});

test('every documented operation was called', () => {
  const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => ['get', 'patch', 'post', 'put', 'delete'].includes(m)).map((m) => `${m} ${path}`));
  expect(documented.filter((o) => !checked.has(o))).toEqual([]);
});

test('the /api page describes the same endpoints, in English and Korean', async ({ page }) => {
  await page.goto('/api');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Ties API');
  await expect(page.getByRole('heading', { name: /PATCH \/api\/recommendations\/\{number\}/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'The OpenAPI 3.1 document (JSON)' })).toHaveAttribute('href', '/api/openapi.json');
  await page.goto('/ko/api');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ties API');
  await expect(page.getByRole('table').first()).toContainText('매개변수');
});
