// Ties serves wherever it is bound, and behind a reverse proxy. The suite's own server is bound to
// 127.0.0.1 (tests/e2e/serve.sh); these tests start a second one on another loopback address, and
// put a reverse proxy in front of it that names the site by X-Forwarded-Host and -Proto.
import { expect, test } from './support/test';
import { EDITOR } from './support/editor';
import { type Server, startBoundServer, startReverseProxy } from './support/deployment';

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
let server: Server;
let proxy: Server;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startBoundServer('127.0.0.2', PORT, { TIES_TRUST_PROXY: '1', TIES_INSECURE_COOKIES: '1' });
  proxy = await startReverseProxy(server.origin, 'https');
});
test.afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
});

test('bound to another address, every kind of page answers in both languages', async ({ request }) => {
  for (const path of ['/', '/deals', '/deals?country=RO', '/instruments', '/recommendations', '/recommendations/4', '/sources', '/embed/deals', '/ko', '/ko/deals', '/sign-in']) {
    const response = await request.get(`${server.origin}${path}`);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain('<main');
  }
});

test('a redirect names no server address, so the browser stays on the address it used', async ({ request }) => {
  // A non-canonical list URL is redirected to its canonical form, by path.
  const response = await request.get(`${proxy.origin}/deals?sort=title&country=RO&page=1`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/^\/deals\?/);
});

test('behind the proxy, links and citations name the public address', async ({ request }) => {
  const html = await (await request.get(`${proxy.origin}/deals?country=RO`, { headers: { host: 'ties.example.org' } })).text();
  expect(html).toContain('<link rel="canonical" href="https://ties.example.org/deals?country=RO"');
  expect(html).not.toMatch(/127\.0\.0\.2|localhost/);
  // Without the operator's word that a proxy sets them, the same headers are not believed.
  const direct = await (await request.get(`${process.env.E2E_BASE ?? test.info().project.use.baseURL}/deals?country=RO`, { headers: { 'x-forwarded-host': 'evil.example' } })).text();
  expect(direct).not.toContain('evil.example');
});

test('an editor signs in and saves through the proxy, and a reader sees it there', async ({ page }) => {
  await page.goto(`${proxy.origin}/sign-in`);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${EDITOR.name}`)).toBeVisible();
  expect(new URL(page.url()).origin).toBe(proxy.origin);

  await page.goto(`${proxy.origin}/recommendations/7`);
  await page.getByRole('textbox', { name: /Note/ }).fill('Reviewed through a reverse proxy');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();

  await page.goto(`${proxy.origin}/ko/recommendations/7`);
  await expect(page.getByTestId('history')).toContainText('Reviewed through a reverse proxy');
});

test("Next's own RSC request for a list is answered, not redirected in a loop", async ({ request }) => {
  // After a server action redirects (sign-in, a new record), Next fetches the target itself like this.
  for (const path of ['/recommendations?_rsc=abcde', '/ko/deals?_rsc=abcde', '/deals?sort=title&country=RO&_rsc=x']) {
    const response = await request.get(path, { headers: { rsc: '1' }, maxRedirects: 5 });
    expect(response.status(), path).toBe(200);
  }
});
