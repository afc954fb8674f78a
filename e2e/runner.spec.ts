// The Run widget under input the examples never use: errors, recovery, hostile values.
import { expect, test } from '@playwright/test';
import { employeesExamples, run, typeSql as setSql } from './example-widget.ts';
import { readTables } from './manifest.ts';

const employeesExample = employeesExamples[0]!;

test.beforeEach(async ({ page }) => {
  await page.goto(employeesExample.page.slice(1));
});

test('sql.js is not fetched until the first Run', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /sql-wasm|sql-worker|\.wasm/.test(url))).toEqual([]);

  const example = page.locator(`[data-example-id="${employeesExample.id}"]`);
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(example.locator('[data-status]')).toHaveText(/Loading SQLite|Done/);
  await expect(example).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  expect(requested.some((url) => url.endsWith('.wasm'))).toBe(true);
});

// A reader about to run an example points at Run, focuses it or presses it: SQLite starts loading
// then, so the click finds it (nearly) ready. The page alone loads nothing (test above).
for (const intent of ['hover', 'focus', 'press'] as const) {
  test(`${intent === 'press' ? 'pressing' : intent === 'hover' ? 'pointing at' : 'focusing'} Run starts loading SQLite before the click`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const example = page.locator(`[data-example-id="${employeesExample.id}"]`);
    const button = example.getByRole('button', { name: 'Run', exact: true });
    if (intent === 'hover') await button.hover();
    else if (intent === 'focus') await button.focus();
    else {
      await button.hover();
      await page.mouse.down();
    }
    await expect.poll(() => requested.some((url) => url.endsWith('.wasm')), { timeout: 15_000 }).toBe(true);
    await expect(example).not.toHaveAttribute('data-state');
    if (intent === 'press') await page.mouse.up();
    else await button.click();
    await expect(example).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    await expect(example.locator('[data-live-result] table').first()).toBeVisible();
  });
}

test('a syntax error shows an alert, and the next Run still works', async ({ page }) => {
  const example = page.locator(`[data-example-id="${employeesExample.id}"]`);
  await setSql(example, 'SELEC name FROM employees;');
  await run(example);
  await expect(example.getByRole('alert')).toContainText('near "SELEC": syntax error');

  await setSql(example, "SELECT name FROM employees WHERE id = 1;");
  await run(example);
  await expect(example.getByRole('alert')).toHaveCount(0);
  expect(await readTables(example.locator('[data-live-result]'))).toEqual([{ columns: ['name'], rows: [['Ada']] }]);
});

test('values are shown as text, never as HTML', async ({ page }) => {
  const example = page.locator(`[data-example-id="${employeesExample.id}"]`);
  const hostile = '<img src=x onerror="window.__injected = 1">';
  await setSql(example, `SELECT '${hostile}' AS html, NULL AS missing, 'NULL' AS word, x'00ff' AS bytes;`);
  await run(example);
  const live = example.locator('[data-live-result]');
  expect(await readTables(live)).toEqual([{ columns: ['html', 'missing', 'word', 'bytes'], rows: [[hostile, 'NULL', 'NULL', "x'00ff'"]] }]);
  await expect(live.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  await expect(live.locator('td[data-kind="null"]')).toHaveText('NULL');
  await expect(live.locator('td[data-kind="text"]', { hasText: /^NULL$/ })).toHaveCount(1);
});

test('a query that returns no rows still shows its columns and says 0 rows; changes are counted', async ({ page }) => {
  const example = page.locator(`[data-example-id="${employeesExample.id}"]`);
  await setSql(example, "UPDATE employees SET salary = salary + 1 WHERE department_id = 4;\nSELECT name, salary FROM employees WHERE salary < 0;");
  await run(example);
  const live = example.locator('[data-live-result]');
  await expect(live).toContainText('4 rows changed');
  expect(await readTables(live)).toEqual([{ columns: ['name', 'salary'], rows: [] }]);
  await expect(live.locator('.row-count')).toHaveText('0 rows');
});

test('each run starts from a fresh copy of the dataset', async ({ page }) => {
  const example = page.locator(`[data-example-id="${employeesExample.id}"]`);
  await setSql(example, 'DELETE FROM employees;\nSELECT count(*) AS n FROM employees;');
  await run(example);
  expect(await readTables(example.locator('[data-live-result]'))).toEqual([{ columns: ['n'], rows: [['0']] }]);
  await setSql(example, 'SELECT count(*) AS n FROM employees;');
  await run(example);
  expect(await readTables(example.locator('[data-live-result]'))).toEqual([{ columns: ['n'], rows: [['14']] }]);
});
