// Whatever a reader types, the widget answers in its alert area and keeps working.
import { expect, test, type Locator } from '@playwright/test';
import { exampleOn, employeesExamples, employeesPage, run, runButton, typeSql } from './example-widget.ts';
import { readTables, tableTexts } from './manifest.ts';

const endless = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)\nSELECT count(*) FROM n;';

function live(example: Locator): Locator {
  return example.locator('[data-live-result]');
}

/** Runs a query that must succeed, to show the widget still works. */
async function expectWorking(example: Locator) {
  await typeSql(example, 'SELECT count(*) AS n FROM employees;');
  await run(example);
  await expect(example.getByRole('alert')).toHaveCount(0);
  expect(await readTables(live(example))).toEqual([{ columns: ['n'], rows: [['14']] }]);
}

test.beforeEach(async ({ page }) => {
  await page.goto(employeesPage.slice(1));
});

test('a syntax error names the line where the SQL went wrong', async ({ page }) => {
  const example = exampleOn(page);
  await typeSql(example, 'SELECT 1 AS one;\nSELECT name,\n       salary\n  FROM employees\n WHERE id = = 1;');
  await run(example);
  await expect(example.getByRole('alert')).toHaveText('Error on line 5: near "=": syntax error');
  // The statement before the error still shows its result.
  expect(await readTables(live(example))).toEqual([{ columns: ['one'], rows: [['1']] }]);
  await expectWorking(example);
});

for (const [what, sql, message] of [
  ['a constraint violation', "SELECT 1;\nINSERT INTO departments (id, name) VALUES (1, 'Again');", 'Error on line 2: UNIQUE constraint failed: departments.id'],
  ['a NOT NULL violation', "INSERT INTO employees (id, name) VALUES (99, 'Nobody');", 'Error on line 1: NOT NULL constraint failed: employees.department_id'],
  ['a missing table', 'SELECT * FROM staff;', 'Error on line 1: no such table: staff'],
  ['a missing column', 'SELECT nickname FROM employees;', 'Error on line 1: no such column: nickname'],
  ['a type error in a STRICT table', "CREATE TABLE counts (n INTEGER) STRICT;\nINSERT INTO counts VALUES ('many');", 'Error on line 2: cannot store TEXT value in INTEGER column counts.n'],
] as const) {
  test(`a runtime error (${what}) is shown with its line`, async ({ page }) => {
    const example = exampleOn(page);
    await typeSql(example, sql);
    await run(example);
    await expect(example.getByRole('alert')).toHaveText(message);
    await expectWorking(example);
  });
}

test('division by zero is NULL in SQLite, not an error', async ({ page }) => {
  const example = exampleOn(page);
  await typeSql(example, 'SELECT 1 / 0 AS int_div, 1.0 / 0 AS real_div, 7 % 0 AS modulo;');
  await run(example);
  await expect(example.getByRole('alert')).toHaveCount(0);
  await expect(live(example).locator('td')).toHaveText(['NULL', 'NULL', 'NULL']);
  await expect(live(example).locator('td[data-kind="null"]')).toHaveCount(3);
});

for (const [what, sql] of [
  ['empty input', ''],
  ['only comments', '-- nothing here\n/* nor here */\n'],
] as const) {
  test(`${what} says there is nothing to run`, async ({ page }) => {
    const example = exampleOn(page);
    await typeSql(example, sql);
    await run(example);
    await expect(example.getByRole('alert')).toHaveText('Nothing to run: the SQL is empty or only comments.');
    await expectWorking(example);
  });
}

test('an endless query is stopped at the 5 s time limit, and the next Run works', async ({ page }) => {
  const example = exampleOn(page);
  await typeSql(example, endless);
  await runButton(example).click();
  await expect(example.locator('[data-status]')).toHaveText('Running… (stops after 5 s)', { timeout: 15_000 });
  const started = Date.now();
  await expect(example.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await expect(example).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  // Not before the limit; the upper bound is loose because test machines can be very busy.
  const stoppedAfter = Date.now() - started;
  expect(stoppedAfter).toBeGreaterThan(4000);
  expect(stoppedAfter).toBeLessThan(12_000);
  await expect(example.getByRole('alert')).toContainText('Stopped: the query ran longer than the 5 s time limit.');
  await expect(example.getByRole('button', { name: 'Stop', exact: true })).toBeHidden();
  await expectWorking(example);
});

test('an example’s own time limit (timeoutMs) applies', async ({ page }) => {
  const example = exampleOn(page);
  // What <Example timeoutMs={1000} /> renders.
  await example.evaluate((element) => (element.dataset.timeoutMs = '1000'));
  await typeSql(example, endless);
  await runButton(example).click();
  await expect(example.locator('[data-status]')).toHaveText('Running… (stops after 1 s)', { timeout: 15_000 });
    // The message names the limit that stopped it: this example's 1 s, not the default 5 s.
  await expect(example.getByRole('alert')).toHaveText('Stopped: the query ran longer than the 1 s time limit.', { timeout: 15_000 });
});

test('Stop ends a long query at once; the next Run works', async ({ page }) => {
  const example = exampleOn(page);
  await typeSql(example, endless);
  await runButton(example).click();
  const stop = example.getByRole('button', { name: 'Stop', exact: true });
  await expect(example.locator('[data-status]')).toHaveText(/^Running…/, { timeout: 15_000 });
  await stop.click();
  // "as you asked": the Stop button ended it, not the time limit.
  await expect(example.getByRole('alert')).toHaveText(/^Stopped after \d+(\.\d)? s, as you asked\.$/, { timeout: 15_000 });
  await expect(stop).toBeHidden();
  await expect(runButton(example)).toBeFocused();
  await expectWorking(example);
});

test('another example’s run, queued behind an endless query, still gets its result', async ({ page }) => {
  const looping = exampleOn(page, 0);
  const other = exampleOn(page, 1);
  await typeSql(looping, endless);
  await runButton(looping).click();
  await expect(looping.locator('[data-status]')).toHaveText(/^Running…/, { timeout: 15_000 });
  await runButton(other).click();
  await expect(looping.getByRole('alert')).toContainText('time limit', { timeout: 10_000 });
  await expect(other).toHaveAttribute('data-state', 'done', { timeout: 10_000 });
  expect(await readTables(live(other))).toEqual(employeesExamples[1]!.expected!.map(tableTexts));
});

test('100,000 rows: the first 500 are shown with the total, and the page stays responsive', async ({ page }) => {
  const example = exampleOn(page);
  await page.evaluate(() => {
    const long: number[] = [];
    new PerformanceObserver((list) => long.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
    (window as unknown as { longTasks: number[] }).longTasks = long;
  });
  await typeSql(example, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)\nSELECT i, 'row ' || i AS label FROM n;");
  await run(example);
  await expect(example.getByRole('alert')).toHaveCount(0);
  await expect(live(example).locator('tbody tr')).toHaveCount(500);
  await expect(live(example).locator('tbody tr').last().locator('td')).toHaveText(['500', 'row 500']);
  await expect(live(example).locator('.row-count')).toHaveText('showing the first 500 of 100,000 rows');
  // Rendering 500 rows must not freeze the page (the bound is loose: test machines can be busy).
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(Math.max(0, ...longTasks)).toBeLessThan(2000);
});

test('huge values are cut to their first 2,000 characters, saying how long they are', async ({ page }) => {
  const example = exampleOn(page);
  await typeSql(example, "SELECT name, printf('%.*c', 100000, 'x') AS wide FROM employees;");
  await run(example);
  const wide = live(example).locator('tbody td:nth-child(2)');
  await expect(wide).toHaveCount(14);
  await expect(wide.locator('.cell-note')).toHaveText(Array(14).fill('… 100,000 characters in all'));
  expect(await wide.first().evaluate((cell) => cell.firstChild!.textContent)).toBe('x'.repeat(2000));
});

test('HTML and script in values, errors and edited SQL stay text and never run', async ({ page }) => {
  const example = exampleOn(page);
  const script = '<script>window.__ran = 1</script>';
  const image = '<img src=x onerror="window.__ran = 2">';
  await typeSql(example, `SELECT '${script}' AS s, '${image}' AS i;\nSELECT * FROM [${image}];`);
  await run(example);
  expect(await readTables(live(example))).toEqual([{ columns: ['s', 'i'], rows: [[script, image]] }]);
  await expect(example.getByRole('alert')).toHaveText(`Error on line 2: no such table: ${image}`);
  await expect(example.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
});

test('statements without columns, NULL, BLOB and empty strings are told apart', async ({ page }) => {
  const example = exampleOn(page);
  await typeSql(
    example,
    "CREATE TABLE empty (a);\nPRAGMA user_version = 7;\nSELECT a FROM empty;\nSELECT NULL AS n, 'NULL' AS word, '' AS blank, x'' AS no_bytes, x'6869' AS bytes;",
  );
  await run(example);
  await expect(live(example).locator('.statement-done')).toHaveText(['Statement done (no rows changed)', 'Statement done (no rows changed)']);
  expect(await readTables(live(example))).toEqual([
    { columns: ['a'], rows: [] },
    { columns: ['n', 'word', 'blank', 'no_bytes', 'bytes'], rows: [['NULL', 'NULL', '', "x''", "x'6869'"]] },
  ]);
  expect(await live(example).locator('tbody td').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.kind))).toEqual(['null', 'text', 'empty', 'blob', 'blob']);
});

test('dropping a table changes only this run’s copy; Reset brings back the example', async ({ page }) => {
  const example = exampleOn(page, 0);
  await typeSql(example, 'DROP TABLE employees;\nSELECT count(*) FROM employees;');
  await run(example);
  await expect(example.getByRole('alert')).toHaveText('Error on line 2: no such table: employees');

  const other = exampleOn(page, 1);
  await run(other);
  expect(await readTables(live(other))).toEqual(employeesExamples[1]!.expected!.map(tableTexts));

  await example.getByRole('button', { name: 'Reset', exact: true }).click();
  await run(example);
  expect(await readTables(live(example))).toEqual(employeesExamples[0]!.expected!.map(tableTexts));
});

test('sql.js failing to load says so, keeps the expected output, and a later Run retries', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  const example = exampleOn(page);
  await run(example);
  await expect(example.getByRole('alert')).toContainText('SQLite (sql.js) could not be loaded');
  await expect(example.locator('[data-expected] table')).toBeVisible();

  await page.unroute('**/*.wasm');
  await run(example);
  await expect(example.getByRole('alert')).toHaveCount(0);
  expect(await readTables(live(example))).toEqual(employeesExamples[0]!.expected!.map(tableTexts));
});

test('a worker script that cannot load is reported, and a later Run retries', async ({ page }) => {
  const sqlWorker = '**/_astro/sql-worker*'; // src/runners/sql/sql-worker.ts, built
  await page.route(sqlWorker, (route) => route.abort());
  const example = exampleOn(page);
  await run(example);
  await expect(example.getByRole('alert')).toContainText('SQLite could not be loaded');
  await expect(example.locator('[data-expected] table')).toBeVisible();

  await page.unroute(sqlWorker);
  await run(example);
  expect(await readTables(live(example))).toEqual(employeesExamples[0]!.expected!.map(tableTexts));
});

test('a dataset that cannot be fetched is reported, and a later Run retries', async ({ page }) => {
  await page.route('**/datasets/*.sql', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const example = exampleOn(page);
  await run(example);
  await expect(example.getByRole('alert')).toContainText("The example's dataset could not be fetched (HTTP 404).");

  await page.unroute('**/datasets/*.sql');
  await run(example);
  expect(await readTables(live(example))).toEqual(employeesExamples[0]!.expected!.map(tableTexts));
});
