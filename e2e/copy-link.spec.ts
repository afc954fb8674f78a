// "Copy link" for a question and each example, and sharing an edited query through the link.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { questionPath, questionWithExample } from './questions.ts';

const { question, exampleId } = questionWithExample();
// Needs no table, so it runs on whichever dataset the example uses.
const edited = "SELECT 'Ada' AS name, 'shared ☃' AS note;";

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

function exampleOn(page: Page): Locator {
  return page.locator(`sql-example#${exampleId}`);
}

async function setSql(example: Locator, sql: string) {
  await example.evaluate((element, text) => {
    (element as HTMLElement & { sql: string }).sql = text;
  }, sql);
}

test('the question link and an example link are copied, with a visible confirmation', async ({ page, baseURL }) => {
  await page.goto(`${questionPath(question)}?utm_source=x#${exampleId}`);
  const questionActions = page.locator('.question-actions');
  await questionActions.getByRole('button', { name: 'Copy link to this question' }).click();
  await expect(questionActions.getByRole('status')).toHaveText('Link copied.');
  expect(await readClipboard(page)).toBe(`${baseURL}${questionPath(question)}`);

  const example = exampleOn(page);
  await example.getByRole('button', { name: /^Copy link to example:/ }).click();
  await expect(example.locator('[data-copy-status]')).toHaveText('Link copied.');
  expect(await readClipboard(page)).toBe(`${baseURL}${questionPath(question)}#${exampleId}`);
});

test('an edited query is shared by link: it reopens in its example, marked as edited, with Reset', async ({ page, context, baseURL }) => {
  await page.goto(questionPath(question));
  const example = exampleOn(page);
  const original = await example.evaluate((element) => (element as HTMLElement & { sql: string }).sql);
  await setSql(example, edited);
  const button = example.getByRole('button', { name: /^Copy link with your edit/ });
  await button.click();
  await expect(example.locator('[data-copy-status]')).toHaveText('Link copied with your edited query.');
  const link = await readClipboard(page);
  expect(link.startsWith(`${baseURL}${questionPath(question)}?example=${exampleId}&sql=`)).toBe(true);
  expect(link.endsWith(`#${exampleId}`)).toBe(true);

  const opened = await context.newPage();
  await opened.goto(link);
  const sharedExample = exampleOn(opened);
  await expect(sharedExample).toHaveAttribute('data-edited', '');
  expect(await sharedExample.evaluate((element) => (element as HTMLElement & { sql: string }).sql)).toBe(edited);
  await expect(sharedExample.getByRole('status').filter({ hasText: 'differs from the original' })).toBeVisible();

  // Running it runs the shared query, not the original.
  await sharedExample.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(sharedExample).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(sharedExample.locator('[data-live-result] th')).toHaveText(['name', 'note']);
  await expect(sharedExample.locator('[data-live-result] td').nth(1)).toHaveText('shared ☃');

  await sharedExample.getByRole('button', { name: 'Reset to the original' }).click();
  expect(await sharedExample.evaluate((element) => (element as HTMLElement & { sql: string }).sql)).toBe(original);
  await expect(sharedExample).not.toHaveAttribute('data-edited');
  await expect(sharedExample.locator('.shared-query-notice')).toHaveCount(0);
  expect(new URL(opened.url()).search).toBe('');
  await expect(sharedExample.getByRole('button', { name: /^Copy link to example/ })).toBeVisible();
});

test('an edit too long for a link is refused with a clear message, and nothing is copied', async ({ page }) => {
  await page.goto(questionPath(question));
  await page.evaluate(() => navigator.clipboard.writeText('unchanged'));
  const example = exampleOn(page);
  // Pseudo-random text barely compresses: its link would be far over the cap.
  const noise = await page.evaluate(() => {
    let seed = 7;
    return Array.from({ length: 4000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(33 + (seed % 94));
    }).join('');
  });
  await setSql(example, `SELECT '${noise.replaceAll("'", "''")}';`);
  await example.getByRole('button', { name: /^Copy link with your edit/ }).click();
  await expect(example.getByRole('alert')).toContainText('too long to share in a link');
  await expect(example.getByRole('alert')).toContainText('limit of 2,000');
  expect(await readClipboard(page)).toBe('unchanged');
});

test('a damaged shared link says so and keeps the original query', async ({ page }) => {
  await page.goto(`${questionPath(question)}?example=${exampleId}&sql=AAAA#${exampleId}`);
  const example = exampleOn(page);
  await expect(example.getByRole('alert')).toContainText('damaged');
  await expect(example).not.toHaveAttribute('data-edited');
});

test.describe('without a clipboard', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  });

  test('the link is shown selected, ready to copy by hand', async ({ page, baseURL }) => {
    await page.goto(questionPath(question));
    const actions = page.locator('.question-actions');
    await actions.getByRole('button', { name: 'Copy link to this question' }).click();
    const field = actions.getByRole('textbox', { name: /copy this link/ });
    await expect(field).toHaveValue(`${baseURL}${questionPath(question)}`);
    await expect(field).toBeFocused();
    const selectedAll = await field.evaluate((input: HTMLInputElement) => input.selectionStart === 0 && input.selectionEnd === input.value.length);
    expect(selectedAll).toBe(true);
  });
});
