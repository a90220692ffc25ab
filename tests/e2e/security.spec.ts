// What the proxy refuses itself, and the policy a page's scripts run under, seen by a real browser.
import { expect, test } from './support/test';

test('a page runs only the scripts its nonce names, and hydrates under that policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/deals');
  const policy = response!.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  // Every script Next wrote carries this response's nonce (a browser hides it from getAttribute).
  const scripts = await page.locator('script').evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  // Hydrated: a facet (a link drawn as a checkbox) navigates on the client, and no script was refused.
  await page.getByRole('checkbox', { name: /: Romania, / }).click();
  await expect(page).toHaveURL(/country=RO/);
  expect(violations).toEqual([]);

  // Markup injected the way stored XSS would be (an inline handler) does not run.
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const box = document.createElement('div');
    box.innerHTML = '<img src="data:," onerror="window.injected = true">';
    document.body.append(box);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return w.injected === true;
  });
  expect(ran).toBe(false);
});

test('two responses never share a nonce', async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get('/')).headers()['content-security-policy'] ?? '')?.[1];
  expect(await nonce()).not.toBe(await nonce());
});

test('a cross-site server action is refused with 403, not a 500', async ({ request, baseURL }) => {
  for (const origin of ['https://evil.example', 'null', 'not a url']) {
    const multipart = await request.post('/recommendations/4', { headers: { origin }, multipart: { note: 'forged' }, maxRedirects: 0 });
    expect(multipart.status(), origin).toBe(403);
    const fetchAction = await request.post('/recommendations/4', { headers: { origin, 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' }, data: '[]', maxRedirects: 0 });
    expect(fetchAction.status(), origin).toBe(403);
  }
  // The same post from the site itself reaches Next (which finds no such action: not a refusal of ours).
  const same = await request.post('/recommendations/4', { headers: { origin: new URL(baseURL!).origin }, multipart: { note: 'x' }, maxRedirects: 0 });
  expect(same.status()).not.toBe(403);
});

test('a malformed or overlong address is refused with a clear status', async ({ request }) => {
  for (const path of ['/deals/%ff', '/api/%E0%A4%A', '/_next/%zz', '/x.%ff']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toContain('percent-escape');
  }
  const long = await request.get(`/deals?q=${'a'.repeat(3000)}`);
  expect(long.status()).toBe(414);
});
