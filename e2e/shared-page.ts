// A browser tab shared by the tests of one Playwright worker, for tests that only load a page and
// read it, or run its examples (each run starts from a fresh database). Opening a tab takes ~0.7 s
// on a small CI machine, longer than most of these tests; a shared tab also keeps its HTTP cache,
// so sql.js's wasm comes from the cache after the first page. Tests that change settings, storage
// or context options use Playwright's own `page`.
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
