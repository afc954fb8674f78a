// The site built under a sub-path (`npm run build:subpath`: base /handbook/), as on GitHub Pages:
// every link, asset, dataset, the sql.js worker and wasm, and the search index stay under the base.
// Runs as the "subpath" project of playwright.config.ts.
import { expect, test, type Page } from '@playwright/test';
import { practicePaths, questionOfTopic, questionPath, questions, questionWithExample } from './questions.ts';

const base = '/handbook/';

/** The same-origin URLs a built page refers to: links, stylesheets, scripts, images, datasets. */
function referencedUrls(html: string, pageUrl: string): string[] {
  const attributes = html.matchAll(/\s(?:href|src|data-dataset-url)="([^"]*)"/g);
  const urls = [...attributes].map((match) => new URL(match[1]!.replaceAll('&amp;', '&'), pageUrl));
  return urls.filter((url) => url.origin === new URL(pageUrl).origin).map((url) => url.href.split('#')[0]!);
}

function collectRequests(page: Page) {
  const requests: { url: string; status: number }[] = [];
  page.on('response', (response) => requests.push({ url: response.url(), status: response.status() }));
  return requests;
}

// Read as served, without a browser: one pass over every page, each distinct URL requested once.
test('every page refers only to addresses inside the base, and every one loads', async ({ request, baseURL }) => {
  const checked = new Set<string>();
  for (const path of ['', ...questions.map(questionPath), 'no-such-page/']) {
    const pageUrl = `${baseURL}${path}`;
    const html = await (await request.get(pageUrl)).text();
    for (const url of referencedUrls(html, pageUrl)) {
      expect(new URL(url).pathname.startsWith(base), `${url} (on /${path}) is under ${base}`).toBe(true);
      // Links within the page (#main) are the page itself, which for the 404 page is a 404.
      if (checked.has(url) || url === pageUrl) continue;
      checked.add(url);
      expect((await request.get(url)).status(), `${url} (on /${path}) loads`).toBe(200);
    }
  }
  expect(checked.size).toBeGreaterThan(questions.length);
});

// In a browser, what the page's scripts request too. Every question page has the same layout and
// scripts, so one of each topic stands for the others.
for (const path of ['', ...(['sql', 'django-orm'] as const).map((topic) => questionPath(questionOfTopic(topic)))]) {
  test(`/${path} requests only addresses inside the base, and all of them load`, async ({ page }) => {
    const requests = collectRequests(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(1);
    for (const { url, status } of requests) {
      expect(new URL(url).pathname.startsWith(base), `request ${url} is under ${base}`).toBe(true);
      expect(status, `request ${url}`).toBeLessThan(400);
    }
  });
}

test('an example runs: the dataset, the sql.js worker and its wasm load from under the base', async ({ page }) => {
  const requests = collectRequests(page);
  const { question, exampleId } = questionWithExample();
  await page.goto(questionPath(question));
  const example = page.locator(`sql-example#${exampleId}`);
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(example).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(example.locator('[data-live-result] table').first()).toBeVisible();
  await expect(example.getByRole('alert')).toHaveCount(0);
  const paths = requests.filter(({ status }) => status === 200).map(({ url }) => new URL(url).pathname);
  // sql.js's worker, built from src/runners/sql/worker.ts as worker-<hash>.js (Python's is not loaded here).
  expect(paths.filter((path) => path.startsWith(`${base}_astro/worker-`) && path.endsWith('.js'))).toHaveLength(1);
  expect(paths.filter((path) => path.startsWith(`${base}_astro/`) && path.endsWith('.wasm'))).toHaveLength(1);
  expect(paths.filter((path) => path.startsWith(`${base}datasets/`) && path.endsWith('.sql'))).toHaveLength(1);
});

test('search loads its index from under the base and links to pages under it', async ({ page }) => {
  const known = questions[0]!;
  await page.goto('');
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill(known.data.title);
  const result = page.getByRole('dialog').getByRole('link', { name: known.data.title, exact: true });
  // The first search loads Pagefind's script, wasm and index: allow it time on a busy machine.
  await expect(result).toHaveAttribute('href', `${base}${questionPath(known)}`, { timeout: 15_000 });
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${base}${questionPath(known)}$`));
});

test('the 404 page works at any depth: styled, with search and links under the base', async ({ page }) => {
  const response = await page.goto('questions/deep/missing/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // The stylesheet loaded (absolute URL under the base), so the header is laid out as a row.
  expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).display)).toBe('flex');
  await expect(page.getByRole('link', { name: 'See all questions' })).toHaveAttribute('href', base);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('deep missing page');
});

test('redirects, tag links, the sitemap and canonical URLs include the base', async ({ page, request, baseURL }) => {
  const renamed = questions.find((question) => question.data.redirectFrom.length > 0);
  if (renamed) {
    await page.goto(`questions/${renamed.data.redirectFrom[0]}/#answer`);
    await expect(page).toHaveURL(`${baseURL}${questionPath(renamed)}#answer`);
  }
  const question = questions[0]!;
  await page.goto(questionPath(question));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${base}${questionPath(question)}$`));
  await page.getByRole('link', { name: `Tag: ${question.data.tags[0]}` }).click();
  await expect(page).toHaveURL(`${baseURL}?tag=${question.data.tags[0]}`);
  await expect(page.getByLabel('Tag')).toHaveValue(question.data.tags[0]!);

  const sitemap = await (await request.get('sitemap.xml')).text();
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(locations).toEqual([base, ...[...questions.map(questionPath), ...practicePaths].map((path) => `${base}${path}`)]);
});

test('link-preview images are addressed under the base, and load from there', async ({ request, baseURL }) => {
  for (const path of ['', questionPath(questions[0]!)]) {
    const html = await (await request.get(`${baseURL}${path}`)).text();
    const image = new URL(html.match(/<meta property="og:image" content="([^"]+)">/)![1]!);
    expect(image.pathname.startsWith(`${base}og/`), `${image} (on /${path}) is under ${base}`).toBe(true);
    expect((await request.get(new URL(image.pathname, baseURL).href)).status(), `${image.pathname} loads`).toBe(200);
  }
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('it is served and scoped under the base, caches only under it, and a page reopens offline', async ({ page, context, baseURL }) => {
    const { question, exampleId } = questionWithExample();
    await page.goto(questionPath(question));
    const registration = await page.evaluate(async () => {
      const ready = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      return { scope: ready.scope, script: ready.active!.scriptURL };
    });
    expect(registration).toEqual({ scope: baseURL, script: `${baseURL}sw.js` });
    const example = page.locator(`sql-example#${exampleId}`);
    const run = async () => {
      await example.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(example).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      await expect(example.getByRole('alert')).toHaveCount(0);
    };
    await run(); // sql.js is kept once a page has loaded it
    const cachedUrls = () =>
      page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
        return urls;
      });
    // Kept in the background, just after the worker fetched it.
    await expect.poll(async () => (await cachedUrls()).some((url) => url.endsWith('.wasm')), { message: 'sql.js’s wasm is kept' }).toBe(true);
    const cached = await cachedUrls();
    for (const url of cached) expect(new URL(url).pathname.startsWith(base), `${url} is under ${base}`).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await run();
    await context.setOffline(false);
  });
});
