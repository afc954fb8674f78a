// What PostgreSQL adds to the pages (issue 13): an ORM example's SQLite / PostgreSQL tabs and its
// recorded versions, a <PgExample> with its stored output, and a two-session <Transcript>, also on
// a 360 px phone and without JavaScript. Expected texts come from the content, never typed here.
import AxeBuilder from '@axe-core/playwright';
import { loadContent } from '../src/build/example-manifest.ts';
import { readTables, tableTexts } from './manifest.ts';
import { expect, test } from './shared-page.ts';

const content = loadContent(process.cwd());
const orm = content.examples.find((example) => example.orm?.postgresql && example.orm.postgresql.differences.length > 0)!;
const pgExample = content.postgresqlExamples.find((example) => example.expected.tables.length > 0)!;
const transcript = content.transcripts.find((candidate) => candidate.events.some((event) => event.waits))!;
const { versions } = content;

test('an ORM example shows its SQL in SQLite and PostgreSQL tabs, operable with the keyboard', async ({ sharedPage: page }) => {
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
  await expect(root.locator('[data-orm-differences]')).toContainText(orm.orm!.postgresql!.differences[0]!);

  await postgresTab.click();
  await expect(postgresTab).toHaveAttribute('aria-selected', 'true');
  await expect(sqliteTab).toHaveAttribute('aria-selected', 'false');
  await expect(postgresPanel).toBeVisible();
  await expect(postgresPanel).toHaveAttribute('role', 'tabpanel');
  await expect(root.getByRole('button', { name: 'Run', exact: true })).toBeHidden();
  await expect(postgresPanel).toContainText(`PostgreSQL ${versions.postgresql!.split('.')[0]}, verified: what Django sent to PostgreSQL ${versions.postgresql}`);
  await expect(postgresPanel).toContainText('Not runnable in the browser.');
  expect(await readTables(postgresPanel)).toEqual(orm.orm!.postgresql!.tables.map(tableTexts));

  await postgresTab.press('ArrowLeft');
  await expect(sqliteTab).toBeFocused();
  await expect(sqliteTab).toHaveAttribute('aria-selected', 'true');
  await expect(postgresPanel).toBeHidden();
  await sqliteTab.press('End');
  await expect(postgresTab).toBeFocused();
  await expect(postgresTab).toHaveAttribute('tabindex', '0');
  await expect(sqliteTab).toHaveAttribute('tabindex', '-1');
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
  });
});

test('the PostgreSQL tab, a PostgreSQL example and a transcript have no axe violations', async ({ page }) => {
  test.setTimeout(300_000); // axe checks the contrast of every highlighted code token
  await page.goto(orm.page.slice(1));
  await page.locator(`[data-example-id="${orm.id}"]`).getByRole('tab', { name: 'PostgreSQL' }).click();
  const ormResults = await new AxeBuilder({ page }).include(`[data-example-id="${orm.id}"]`).analyze();
  expect(ormResults.violations.map((violation) => violation.id)).toEqual([]);
  await page.goto(transcript.page.slice(1));
  const results = await new AxeBuilder({ page }).include('[data-transcript]').include('[data-pg-example]').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
