// The in-place editor: lazy loading, taking over without moving anything, completion, keys,
// Reset, the Schema panel, and the element API that share links use.
import { expect, test } from '@playwright/test';
import { editorOf, editorText, exampleOn, employeesExamples, employeesPage, openEditor, run, runButton, typeSql } from './example-widget.ts';
import { readTables, tableTexts } from './manifest.ts';

const sqlOf = (example: ReturnType<typeof exampleOn>) => example.evaluate((element) => (element as HTMLElement & { sql: string }).sql);

test.beforeEach(async ({ page }) => {
  await page.goto(employeesPage.slice(1));
});

test('the editor is not loaded with the page, only when the reader starts editing', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('sql-editor'))).toEqual([]);
  await openEditor(exampleOn(page));
  expect(requested.some((url) => url.includes('sql-editor'))).toBe(true);
});

test('the editor takes the place of the highlighted code without moving anything', async ({ page }) => {
  const example = exampleOn(page);
  const code = example.locator('[data-code]');
  const before = { code: await code.locator('pre').boundingBox(), run: await runButton(example).boundingBox(), example: await example.boundingBox() };
  const lines = await code.locator('pre .line').count();
  await openEditor(example);
  await expect(code.locator('pre')).toBeHidden();
  // The page may scroll to the focused editor: compare positions relative to the example.
  const after = { code: await code.locator('.example-editor').boundingBox(), run: await runButton(example).boundingBox(), example: await example.boundingBox() };
  expect(after.example!.height).toBeCloseTo(before.example!.height, 0);
  expect(after.code!.height).toBeCloseTo(before.code!.height, 0);
  expect(after.code!.width).toBeCloseTo(before.code!.width, 0);
  expect(after.code!.y - after.example!.y).toBeCloseTo(before.code!.y - before.example!.y, 0);
  expect(after.run!.y - after.example!.y).toBeCloseTo(before.run!.y - before.example!.y, 0);
  await expect(editorOf(example).locator('.cm-line')).toHaveCount(lines);
  expect(await editorText(example)).toBe(employeesExamples[0]!.sql);
});

test('clicking the code starts editing where the reader clicked', async ({ page }) => {
  const example = exampleOn(page);
  const lastLine = example.locator('pre .line').last();
  await lastLine.scrollIntoViewIfNeeded();
  const box = (await lastLine.boundingBox())!;
  const pre = (await example.locator('pre').boundingBox())!;
  // Right of the last line's text: the cursor goes to the end of that line.
  await page.mouse.click(pre.x + pre.width - 30, box.y + box.height / 2);
  await expect(example).toHaveAttribute('data-editor', 'ready');
  await expect(editorOf(example)).toBeFocused();
  await page.keyboard.insertText(' -- edited');
  expect(await sqlOf(example)).toBe(`${employeesExamples[0]!.sql} -- edited`);
  await expect(example).toHaveAttribute('data-edited', '');
});

test('completion offers the columns of the example’s dataset', async ({ page }) => {
  const example = exampleOn(page);
  const editor = await openEditor(example);
  const option = example.getByRole('option', { name: /^salary/ });
  // The schema arrives from the worker after the editor opens (loading sql.js first, which takes
  // seconds on a busy machine): type again until it has.
  await expect(async () => {
    await editor.press('ControlOrMeta+a');
    await page.keyboard.insertText('SELECT ');
    await page.keyboard.type('sal');
    await expect(option).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await expect(option).toContainText('employees');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  // CodeMirror ignores keys for 75 ms after the list opens (interactionDelay), so that a key
  // pressed just as it appears does not pick an option by accident.
  await page.waitForTimeout(100);
  await page.keyboard.press('Enter');
  expect(await sqlOf(example)).toBe('SELECT salary');
});

test('Ctrl+Enter runs the query being edited', async ({ page }) => {
  const example = exampleOn(page);
  await typeSql(example, 'SELECT 41 + 1 AS answer;');
  await editorOf(example).press('Control+Enter');
  await expect(example).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  expect(await readTables(example.locator('[data-live-result]'))).toEqual([{ columns: ['answer'], rows: [['42']] }]);
  expect(await sqlOf(example)).toBe('SELECT 41 + 1 AS answer;');
});

test('Reset restores the original SQL and shows only the stored output', async ({ page }) => {
  const example = exampleOn(page);
  const changes: string[] = [];
  await page.exposeFunction('recordSqlChange', (sql: string) => changes.push(sql));
  await example.evaluate((element) => element.addEventListener('sqlchange', () => (window as unknown as { recordSqlChange(s: string): void }).recordSqlChange((element as HTMLElement & { sql: string }).sql)));
  await typeSql(example, 'SELECT 1 AS one;');
  await run(example);
  await expect(example.locator('[data-live-result]')).toBeVisible();

  await example.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(example).not.toHaveAttribute('data-edited');
  expect(await sqlOf(example)).toBe(employeesExamples[0]!.sql);
  expect(await editorText(example)).toBe(employeesExamples[0]!.sql);
  await expect(example.locator('[data-live-result]')).toBeHidden();
  await expect(example.locator('[data-expected] table')).toBeVisible();
  expect(changes.at(-1)).toBe(employeesExamples[0]!.sql);

  await run(example);
  expect(await readTables(example.locator('[data-live-result]'))).toEqual(employeesExamples[0]!.expected!.map(tableTexts));
});

test('Tab indents, Escape leaves the editor for Run, Shift+Tab leaves it backwards', async ({ page }) => {
  const example = exampleOn(page);
  await typeSql(example, 'SELECT 1;');
  const editor = editorOf(example);
  await editor.press('Home');
  await editor.press('Tab');
  expect(await sqlOf(example)).toBe('  SELECT 1;');
  await editor.press('Escape');
  await expect(runButton(example)).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor).not.toBeFocused();
  expect(await sqlOf(example)).toBe('  SELECT 1;');
  await expect(example.getByText('Esc leaves the editor')).toBeVisible();
});

test('an edited query that fails marks its line in the editor', async ({ page }) => {
  const example = exampleOn(page);
  await typeSql(example, 'SELECT 1;\nSELECT name\n  FROM nowhere;');
  await run(example);
  await expect(example.getByRole('alert')).toHaveText('Error on line 2: no such table: nowhere');
  await expect(editorOf(example).locator('.cm-error-line')).toHaveText('SELECT name');
  await page.keyboard.insertText(' ');
  await expect(editorOf(example).locator('.cm-error-line')).toHaveCount(0);
});

test('setting element.sql (a shared link) shows that text in the editor', async ({ page }) => {
  const example = exampleOn(page);
  const shared = "SELECT '<b>shared</b>' AS html;\n-- from a link";
  await example.evaluate((element, text) => ((element as HTMLElement & { sql: string }).sql = text), shared);
  await expect(example).toHaveAttribute('data-editor', 'ready');
  await expect(example).toHaveAttribute('data-edited', '');
  expect(await editorText(example)).toBe(shared);
  await expect(example.locator('b')).toHaveCount(0);
  await run(example);
  expect(await readTables(example.locator('[data-live-result]'))).toEqual([{ columns: ['html'], rows: [['<b>shared</b>']] }]);
});

test('element.sql set before the widget’s script ran is kept', async ({ page }) => {
  // Hold the widget's script back so the element is still undefined when the page sets `sql`.
  await page.route('**/_astro/Example*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await page.addInitScript((id) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const element = document.getElementById(id)!;
      if (customElements.get('sql-example')) throw new Error('the widget was defined too early for this test');
      (element as HTMLElement & { sql: string }).sql = 'SELECT 7 AS early;';
    });
  }, employeesExamples[0]!.id);
  await page.reload();
  const example = exampleOn(page);
  await expect(example).toHaveAttribute('data-editor', 'ready');
  expect(await editorText(example)).toBe('SELECT 7 AS early;');
  await run(example);
  expect(await readTables(example.locator('[data-live-result]'))).toEqual([{ columns: ['early'], rows: [['7']] }]);
});

test('the Schema panel lists the tables, columns and types the example starts with', async ({ page }) => {
  const example = exampleOn(page);
  const toggle = example.getByRole('button', { name: 'Schema', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = example.locator('[data-schema-panel]');
  await expect(panel.locator('dt')).toHaveText(['departments', 'employees', 'deals']);
  await expect(panel.locator('dd').nth(1).locator('li')).toHaveText([
    'id INTEGER, primary key',
    'name TEXT, not null',
    'department_id INTEGER, not null, → departments.id',
    'manager_id INTEGER, → employees.id',
    'salary INTEGER, not null',
    'hired_on TEXT, not null',
  ]);
  await toggle.click();
  await expect(panel).toBeHidden();
});
