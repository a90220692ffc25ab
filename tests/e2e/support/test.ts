// The browser tests' `test` and `expect`: Playwright's, with a page whose navigations also wait for
// the page's scripts. A page a reader is served from the page cache asks for them after its first
// paint (lib/cache/scripts-after-paint.ts), which can be after the load event, where Playwright
// stops waiting; a test that then used what the scripts do (a select that applies itself, a copy
// button) would race them. Tests of the page without scripts use contexts of their own.
import { type Page, test as base } from '@playwright/test';
import { SCRIPTS_STATE } from '@/lib/cache/scripts-after-paint';

export { expect } from '@playwright/test';

/** Waits until the page's scripts have loaded, when it is a page that waits for its first paint to ask for them. */
export async function scriptsLoaded(page: Page): Promise<void> {
  await page.waitForFunction((state) => (self as unknown as Record<string, unknown>)[state] !== 'waiting', SCRIPTS_STATE);
}

export const test = base.extend({
  page: async ({ page }, provide) => {
    for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
      const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page['reload']>;
      Object.assign(page, {
        [name]: async (...args: unknown[]) => {
          const response = await navigate(...args);
          await scriptsLoaded(page);
          return response;
        },
      });
    }
    await provide(page);
  },
});
