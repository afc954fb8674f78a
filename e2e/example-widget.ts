// Driving an example widget as a reader does: the editor, Run, and waiting for the outcome.
import { expect, type Locator, type Page } from '@playwright/test';
import { examplesByPage } from './manifest.ts';

/**
 * The tests query the employees table, so they use a page with (at least two) examples on that
 * dataset without setup SQL that changes it; `employeesExamples` are those examples, in page order.
 */
export const [employeesPage, employeesExamples] = [...examplesByPage()]
  .map(([page, examples]) => [page, examples.filter((example) => example.dataset === 'employees' && example.setup === null && example.expectedError === undefined)] as const)
  .find(([, examples]) => examples.length >= 2)!;

export function exampleOn(page: Page, index = 0): Locator {
  return page.locator(`[data-example-id="${employeesExamples[index]!.id}"]`);
}

/** The example's editor: CodeMirror's content element (inside the widget's shadow root). */
export function editorOf(example: Locator): Locator {
  return example.locator('.cm-content');
}

/** Opens the editor with Edit and waits until it has replaced the highlighted code. */
export async function openEditor(example: Locator): Promise<Locator> {
  await example.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(example).toHaveAttribute('data-editor', 'ready');
  const editor = editorOf(example);
  await expect(editor).toBeFocused();
  return editor;
}

/** Replaces the example's SQL by typing into its editor, as a reader would. */
export async function typeSql(example: Locator, sql: string): Promise<void> {
  const editor = await openEditor(example);
  await editor.press('ControlOrMeta+a');
  // insertText, not type(): typing would trigger auto-indent and bracket closing.
  if (sql === '') await editor.press('Delete');
  else await example.page().keyboard.insertText(sql);
  await expect.poll(() => example.evaluate((element) => (element as HTMLElement & { sql: string }).sql)).toBe(sql);
}

export function runButton(example: Locator): Locator {
  return example.getByRole('button', { name: 'Run', exact: true });
}

export async function run(example: Locator): Promise<void> {
  await runButton(example).click();
  await expect(example).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
}

export async function editorText(example: Locator): Promise<string> {
  return editorOf(example).evaluate((content) => [...content.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'));
}

/**
 * Opens an ORM example's PostgreSQL tab with a click and waits until its SQL and rows, which the
 * page fetches on that first opening, are shown; returns the panel.
 */
export async function openPostgresTab(example: Locator): Promise<Locator> {
  await example.getByRole('tab', { name: 'PostgreSQL' }).click();
  const panel = example.getByRole('tabpanel');
  await expect(panel.locator('[data-pg-record]')).toHaveAttribute('data-state', 'loaded');
  return panel;
}
