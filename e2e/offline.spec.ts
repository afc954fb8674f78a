// Offline reading (src/service-worker/sw.ts): after a first visit, a page reopens and runs its
// examples without a network; a new build takes over and removes the old build's cache. The site
// is served by this spec's own server from copies of the build, so that a second build can take the
// first one's place on the same origin (a service worker belongs to its origin).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../src/integrations/service-worker.ts';
import { postgresRecordPath } from '../src/lib/postgresql-record.ts';
import { employeesExamples, employeesPage, exampleOn, openPostgresTab, run } from './example-widget.ts';
import { examplesByPage, readTables, tableTexts, type PublishedExample } from './manifest.ts';

test.use({ serviceWorkers: 'allow' });

// E2E_PORT + 200: clear of the suite's own servers (E2E_PORT, E2E_PORT + 100) and its neighbours'.
const port = Number(process.env.E2E_PORT ?? 4329) + 200;
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const home = `http://127.0.0.1:${port}${base}`;
const examplePage = `http://127.0.0.1:${port}${employeesPage}`;
// A page with two Django ORM examples: one PostgreSQL panel opened online, one first opened offline.
const [ormPath, ormExamples] = [...examplesByPage()]
  .map(([path, examples]) => [path, examples.filter((example) => example.postgresql)] as const)
  .find(([, examples]) => examples.length >= 2)!;
const ormPage = `http://127.0.0.1:${port}${ormPath}`;

/** Serves dir on the spec's port until the returned function is called. */
async function serve(dir: string): Promise<() => Promise<void>> {
  const server = spawn(process.execPath, ['scripts/serve-static.ts', dir, String(port), base], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`the static server exited (${code}): is port ${port} taken?`)));
  });
  return () =>
    new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill();
    });
}

/** Waits until a service worker controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

async function expectPostgresPanel(page: Page, example: PublishedExample): Promise<void> {
  const panel = await openPostgresTab(page.locator(`[data-example-id="${example.id}"]`));
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect(await readTables(panel)).toEqual(example.postgresql!.expected.map(tableTexts));
}

const handbookCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('handbook ')));

async function expectRunShowsItsOutput(page: Page, index: number): Promise<void> {
  const example = exampleOn(page, index);
  await run(example);
  await expect(example.getByRole('alert')).toHaveCount(0);
  expect(await readTables(example.locator('[data-live-result]'))).toEqual(employeesExamples[index]!.expected!.map(tableTexts));
}

test('after a first visit a page reopens offline and runs its examples; a new build then takes over, with what the reader had', async ({ context, page }) => {
  test.slow(); // two builds served in turn, SQLite loaded twice
  const folder = mkdtempSync(join(tmpdir(), 'handbook-offline-'));
  const [first, second] = [join(folder, 'first'), join(folder, 'second')];
  cpSync(process.env.DIST_DIR ?? 'dist', first, { recursive: true });
  let stop = await serve(first);
  try {
    await page.goto(examplePage);
    await controlled(page);
    await expectRunShowsItsOutput(page, 0);
    const [firstCache, ...others] = await handbookCaches(page);
    expect(others).toEqual([]);
    await page.goto(ormPage);
    await expectPostgresPanel(page, ormExamples[0]!);
    // The worker keeps the fetched file in the background: wait for it before going offline.
    const record = `${home}${postgresRecordPath(ormExamples[0]!.id)}`;
    await expect.poll(() => page.evaluate(async (url) => Boolean(await caches.match(url)), record)).toBe(true);
    await page.goto(examplePage);

    await test.step('offline: the page reloads, its examples run, the home page opens', async () => {
      await context.setOffline(true);
      await page.reload();
      await expectRunShowsItsOutput(page, 1);
      await expectRunShowsItsOutput(page, 0);
      await page.goto(home);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('SQL & Django ORM Interview Handbook');
      await context.setOffline(false);
    });

    await test.step('offline: a PostgreSQL panel opened before shows its SQL and rows; one never opened says why not, and loads once online', async () => {
      await context.setOffline(true);
      await page.goto(ormPage);
      await expectPostgresPanel(page, ormExamples[0]!);
      const unopened = page.locator(`[data-example-id="${ormExamples[1]!.id}"]`);
      await unopened.getByRole('tab', { name: 'PostgreSQL' }).click();
      await expect(unopened.getByRole('tabpanel').getByRole('alert')).toContainText('Could not load what Django sent to PostgreSQL');
      await context.setOffline(false);
      await unopened.getByRole('tab', { name: 'SQLite' }).click();
      await expectPostgresPanel(page, ormExamples[1]!);
    });

    await test.step('a new build is picked up, keeps what the reader had, and the old build’s cache is deleted', async () => {
      // The second build: the first with a changed home page, and so a new version.
      cpSync(first, second, { recursive: true });
      const index = join(second, 'index.html');
      writeFileSync(index, readFileSync(index, 'utf8').replace('</main>', '<p id="new-build">A newer build.</p></main>'));
      const { version } = writeServiceWorker(second);
      expect(firstCache!.endsWith(` ${version}`)).toBe(false);
      await stop();
      stop = await serve(second);

      await page.goto(home);
      await expect(page.locator('#new-build')).toBeVisible();
      await expect.poll(() => handbookCaches(page), { timeout: 15_000 }).toEqual([`handbook ${home} ${version}`]);
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('#new-build')).toBeVisible();
      // What the reader had kept (the pages, sql.js, a PostgreSQL panel's file) came over to the new build's cache.
      await page.goto(examplePage);
      await expectRunShowsItsOutput(page, 0);
      await page.goto(ormPage);
      await expectPostgresPanel(page, ormExamples[0]!);
    });
  } finally {
    await context.setOffline(false);
    await stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
