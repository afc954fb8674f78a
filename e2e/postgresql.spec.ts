// What PostgreSQL adds to the pages (issue 13): an ORM example's SQLite / PostgreSQL tabs and its
// recorded versions, a <PgExample> with its stored output, and a two-session <Transcript>, also on
// a 360 px phone and without JavaScript. The PostgreSQL panel's SQL and rows are not in the page:
// they are fetched from <base>postgresql/<id>.json when the tab first opens (issue 14). Expected
// texts come from the content, never typed here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, Route } from '@playwright/test';
import { loadContent, type ManifestExample } from '../src/build/example-manifest.ts';
import { postgresRecordPath } from '../src/lib/postgresql-record.ts';
import { openPostgresTab } from './example-widget.ts';
import { readTables, tableTexts } from './manifest.ts';
import { expect, test } from './shared-page.ts';

const content = loadContent(process.cwd());
const ormExamples = content.examples.filter((example) => example.orm?.postgresql);
const postgresOf = (example: ManifestExample) => example.orm!.postgresql!;
// One whose SQL differs on PostgreSQL, so the panel shows PostgreSQL's own; one where it is the same.
const orm = ormExamples.find((example) => postgresOf(example).differences.length > 0 && postgresOf(example).sql !== example.sql && postgresOf(example).tables.length > 0)!;
const sameSql = ormExamples.find((example) => postgresOf(example).sql === example.sql && postgresOf(example).tables.length > 0)!;
const pgExample = content.postgresqlExamples.find((example) => example.expected.tables.length > 0)!;
const transcript = content.transcripts.find((candidate) => candidate.events.some((event) => event.waits))!;
const { versions } = content;
const SAME_SQL = 'Django sent PostgreSQL the same SQL as SQLite, character for character';

/** What the build publishes for an ORM example, read from its recorded files. */
function recordOf(example: ManifestExample) {
  const { sql, queries, output, tables, error } = postgresOf(example);
  return { sql, queries, output, tables, error };
}

/** Counts the requests for PostgreSQL records the page makes from now on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/postgresql/')) urls.push(request.url());
  });
  return urls;
}

/** The panel shows the example's recorded PostgreSQL output: its output if it differs from SQLite's, and its rows. */
async function expectRecordedOutput(panel: Locator, example: ManifestExample) {
  const postgresql = postgresOf(example);
  if (postgresql.output !== example.orm!.output) await expect(panel.locator('.pg-output')).toHaveText(postgresql.output);
  else await expect(panel.locator('.pg-output')).toHaveCount(0);
  expect(await readTables(panel)).toEqual(postgresql.tables.map(tableTexts));
}

test('an ORM example shows its SQL in SQLite and PostgreSQL tabs, operable with the keyboard', async ({ page }) => {
  const requested = recordRequests(page);
  await page.goto(orm.page.slice(1));
  const root = page.locator(`[data-example-id="${orm.id}"]`);
  const sqliteTab = root.getByRole('tab', { name: 'SQLite' });
  const postgresTab = root.getByRole('tab', { name: 'PostgreSQL' });
  const postgresPanel = root.locator(`#${orm.id}-postgresql`);

  await expect(root.getByRole('tablist', { name: 'Database' })).toBeVisible();
  await expect(sqliteTab).toHaveAttribute('aria-selected', 'true');
  await expect(root.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await expect(postgresPanel).toBeHidden();
  await expect(root.locator('[data-orm-versions]')).toHaveText(
    `Recorded with Django ${versions.django} on SQLite ${versions.sqlite} and PostgreSQL ${versions.postgresql}.`,
  );
  await expect(root.locator('[data-orm-differences]')).toContainText(postgresOf(orm).differences[0]!);
  // PostgreSQL's SQL and rows are not in the page, nor fetched, until the tab opens.
  await expect(postgresPanel.locator('.pg-sql, table')).toHaveCount(0);
  expect(requested).toEqual([]);

  await openPostgresTab(root);
  await expect(postgresTab).toHaveAttribute('aria-selected', 'true');
  await expect(sqliteTab).toHaveAttribute('aria-selected', 'false');
  await expect(postgresPanel).toBeVisible();
  await expect(postgresPanel).toHaveAttribute('role', 'tabpanel');
  await expect(root.getByRole('button', { name: 'Run', exact: true })).toBeHidden();
  await expect(postgresPanel).toContainText(`PostgreSQL ${versions.postgresql!.split('.')[0]}, verified: what Django sent to PostgreSQL ${versions.postgresql}`);
  await expect(postgresPanel).toContainText('Not runnable in the browser.');
  await expect(postgresPanel).not.toContainText(SAME_SQL);
  expect(await postgresPanel.locator('.pg-sql').textContent()).toBe(postgresOf(orm).sql);
  await expectRecordedOutput(postgresPanel, orm);
  await expect(postgresPanel.getByRole('alert')).toHaveCount(0);

  await postgresTab.press('ArrowLeft');
  await expect(sqliteTab).toBeFocused();
  await expect(sqliteTab).toHaveAttribute('aria-selected', 'true');
  await expect(postgresPanel).toBeHidden();
  await sqliteTab.press('End');
  await expect(postgresTab).toBeFocused();
  await expect(postgresTab).toHaveAttribute('tabindex', '0');
  await expect(sqliteTab).toHaveAttribute('tabindex', '-1');
  // Fetched once: opening the tab again shows what the first opening loaded.
  expect(await postgresPanel.locator('.pg-sql').textContent()).toBe(postgresOf(orm).sql);
  expect(requested).toHaveLength(1);
  expect(requested[0]!.endsWith(`/${postgresRecordPath(orm.id)}`), requested[0]).toBe(true);
});

test('where PostgreSQL got the same SQL as SQLite, the panel says so and shows PostgreSQL’s rows; arrow keys open it', async ({ sharedPage: page }) => {
  await page.goto(sameSql.page.slice(1));
  const root = page.locator(`[data-example-id="${sameSql.id}"]`);
  // The claim holds: what the SQLite tab shows (and Run runs) is, character for character, PostgreSQL's recorded SQL.
  expect(await root.evaluate((element) => (element as HTMLElement & { sql: string }).sql)).toBe(postgresOf(sameSql).sql);
  await root.getByRole('tab', { name: 'SQLite' }).focus();
  await page.keyboard.press('ArrowRight');
  const panel = root.locator(`#${sameSql.id}-postgresql`);
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-pg-record]')).toHaveAttribute('data-state', 'loaded');
  await expect(panel).toContainText(`${SAME_SQL}.`);
  await expect(panel.locator('.pg-sql')).toHaveCount(0);
  await expectRecordedOutput(panel, sameSql);
});

test('while PostgreSQL’s SQL loads the panel says so; if it cannot load, an alert, and the next opening retries', async ({ page }) => {
  let answer: (route: Route) => Promise<void> = (route) => route.abort('internetdisconnected');
  await page.route('**/postgresql/*.json', (route) => answer(route));
  await page.goto(orm.page.slice(1));
  const root = page.locator(`[data-example-id="${orm.id}"]`);
  const postgresTab = root.getByRole('tab', { name: 'PostgreSQL' });
  const panel = root.locator(`#${orm.id}-postgresql`);

  await postgresTab.click();
  await expect(panel.getByRole('alert')).toContainText('Could not load what Django sent to PostgreSQL');
  await expect(panel.getByRole('alert')).toContainText('Open the PostgreSQL tab again to retry.');
  await expect(panel.locator('.pg-sql, table')).toHaveCount(0);

  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  answer = async (route) => {
    await released;
    await route.continue();
  };
  await root.getByRole('tab', { name: 'SQLite' }).click();
  await postgresTab.click();
  await expect(panel.getByRole('status')).toHaveText('Loading what Django sent to PostgreSQL…');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  release();
  await expect(panel.locator('[data-pg-record]')).toHaveAttribute('data-state', 'loaded');
  await expect(panel.getByRole('status')).toHaveCount(0);
  expect(await panel.locator('.pg-sql').textContent()).toBe(postgresOf(orm).sql);
  await expectRecordedOutput(panel, orm);
});

test('the build publishes every ORM example’s PostgreSQL SQL and rows as recorded', () => {
  expect(ormExamples.length).toBeGreaterThan(0);
  for (const example of ormExamples) {
    const published = JSON.parse(readFileSync(join(process.env.DIST_DIR ?? 'dist', postgresRecordPath(example.id)), 'utf8'));
    expect(published, example.id).toEqual(recordOf(example));
  }
});

test('a PostgreSQL example shows its stored output, says it is verified, and has no Run button', async ({ sharedPage: page }) => {
  await page.goto(pgExample.page.slice(1));
  const root = page.locator(`[data-pg-example]#${pgExample.id}`);
  await expect(root).toContainText(`PostgreSQL ${versions.postgresql!.split('.')[0]}, verified`);
  await expect(root).toContainText('does not run in the browser');
  await expect(root.getByRole('button', { name: 'Run' })).toHaveCount(0);
  expect(await readTables(root)).toEqual(pgExample.expected.tables.map(tableTexts));
});

test('a transcript is a two-column timeline: session A left, session B right', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(transcript.page.slice(1));
  const root = page.locator(`[data-transcript]#${transcript.id}`);
  const events = root.locator('.transcript-event');
  await expect(events).toHaveCount(transcript.events.length);
  await expect(root.locator('.transcript-waits').first()).toHaveText('waits for a lock held by the other session');
  const list = (await root.locator('.transcript-events').boundingBox())!;
  const a = (await root.locator('.transcript-event[data-session="A"] .transcript-cell').first().boundingBox())!;
  const b = (await root.locator('.transcript-event[data-session="B"] .transcript-cell').first().boundingBox())!;
  expect(a.x + a.width).toBeLessThanOrEqual(list.x + list.width / 2);
  expect(b.x).toBeGreaterThanOrEqual(list.x + list.width / 2);
});

test.describe('a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a transcript stacks into one column, each event labelled with its session', async ({ page }) => {
    await page.goto(transcript.page.slice(1));
    const root = page.locator(`[data-transcript]#${transcript.id}`);
    await expect(root.locator('.transcript-columns')).toBeHidden();
    const b = root.locator('.transcript-event[data-session="B"]').first();
    await expect(b.locator('.transcript-session')).toHaveText('Session B');
    const box = (await b.locator('.transcript-cell').boundingBox())!;
    expect(box.x, 'B starts on the left half, not in a second column').toBeLessThan(360 / 2);
    const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(width);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('both SQL panels of an ORM example show, one after the other, under their headings', async ({ page }) => {
    await page.goto(orm.page.slice(1));
    const root = page.locator(`[data-example-id="${orm.id}"]`);
    await expect(root.getByRole('tablist')).toBeHidden();
    for (const [dialect, heading] of [
      ['sqlite', 'SQLite'],
      ['postgresql', 'PostgreSQL'],
    ]) {
      const panel = root.locator(`#${orm.id}-${dialect}`);
      await expect(panel).toBeVisible();
      await expect(panel.locator('[data-dialect-heading]')).toHaveText(heading!);
    }
    // PostgreSQL's SQL and rows are a link away, to the file a script would fetch.
    const link = root.locator(`#${orm.id}-postgresql`).getByRole('link');
    await expect(link).toBeVisible();
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response.ok()).toBe(true);
    expect(await response.json()).toEqual(recordOf(orm));
  });
});

test('the PostgreSQL tab, a PostgreSQL example and a transcript have no axe violations', async ({ page }) => {
  test.setTimeout(300_000); // axe checks the contrast of every highlighted code token
  await page.goto(orm.page.slice(1));
  await openPostgresTab(page.locator(`[data-example-id="${orm.id}"]`));
  const ormResults = await new AxeBuilder({ page }).include(`[data-example-id="${orm.id}"]`).analyze();
  expect(ormResults.violations.map((violation) => violation.id)).toEqual([]);
  await page.goto(transcript.page.slice(1));
  const results = await new AxeBuilder({ page }).include('[data-transcript]').include('[data-pg-example]').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
