// Challenges: solving one by typing, failing one on the visible and on hidden data, hints and
// the solution, interview mode, and progress kept across a reload.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchViolations } from './csp-violations.ts';

const QUESTION_PAGE = 'questions/coalesce/';
const CHALLENGE = 'coalesce-spent-per-customer';

function challengeOn(page: Page): Locator {
  return page.locator(`[data-challenge-id="${CHALLENGE}"]`);
}

/** Types a query into the challenge's editor, as a reader would, and presses Check. */
async function checkQuery(challenge: Locator, sql: string): Promise<void> {
  await challenge.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(challenge).toHaveAttribute('data-editor', 'ready');
  const editor = challenge.locator('.cm-content');
  await expect(editor).toBeFocused();
  await editor.press('ControlOrMeta+a');
  await challenge.page().keyboard.insertText(sql);
  await challenge.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(challenge).toHaveAttribute('data-verdict', /correct|wrong/, { timeout: 15_000 });
}

const RIGHT = `SELECT c.name, COALESCE(SUM(o.total_cents), 0) AS spent_cents
FROM customers AS c LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.id`;

test('a right query typed in the editor is correct, and the page remembers it after a reload', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(QUESTION_PAGE);
  const challenge = challengeOn(page);
  await checkQuery(challenge, RIGHT);
  await expect(challenge).toHaveAttribute('data-verdict', 'correct');
  await expect(challenge.getByRole('alert')).toHaveText(/^Correct: your query returns the expected result on all 2 check datasets\./);
  await page.goto('practice/');
  await expect(page.locator(`[data-challenge-row="${CHALLENGE}"] [data-status]`)).toHaveText('Solved');
  expect(violations, 'CSP violations').toEqual([]);
});

test('a query wrong on the visible data says why and shows the differing rows as text', async ({ page }) => {
  await page.goto(QUESTION_PAGE);
  const challenge = challengeOn(page);
  await checkQuery(challenge, RIGHT.replace('COALESCE(SUM(o.total_cents), 0)', 'SUM(o.total_cents)'));
  await expect(challenge).toHaveAttribute('data-verdict', 'wrong');
  const alert = challenge.getByRole('alert');
  await expect(alert).toContainText('Not yet: Some rows differ from the expected result.');
  await expect(alert.locator('pre')).toHaveText(/^- "Lucas Silva" \| 0\n\+ "Lucas Silva" \| NULL$/);
});

test('a query wrong only on hidden data gets the hint and no rows of it', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'document') bodies.push(await response.text());
  });
  await page.goto(QUESTION_PAGE);
  const challenge = challengeOn(page);
  await checkQuery(challenge, RIGHT.replace(" AND o.status <> 'cancelled'", '').replace('GROUP BY', "WHERE o.status <> 'cancelled' OR o.status IS NULL GROUP BY"));
  await expect(challenge).toHaveAttribute('data-verdict', 'wrong');
  const alert = challenge.getByRole('alert');
  await expect(alert).toHaveText(/fails a hidden check\. Hint: A customer whose only order was cancelled still belongs in the list, with 0\./);
  await expect(alert.locator('pre')).toHaveCount(0);
  // The hidden dataset's customer is in no page the reader received, nor in this one's text.
  expect(bodies.join('')).not.toContain('Yuki');
  await expect(page.locator('body')).not.toContainText('Yuki');
  // The page keeps working: the next Check is judged.
  await checkQuery(challenge, 'SELECT name FROM nowhere');
  await expect(challenge.getByRole('alert')).toHaveText(/^Not yet: Error on line 1: no such table: nowhere/);
});

test('hints come one at a time, then the solution on request; interview mode hides both', async ({ page }) => {
  await page.goto(QUESTION_PAGE);
  const challenge = challengeOn(page);
  const hints = challenge.locator('[data-hints] li');
  await expect(hints.first()).toBeHidden();
  await challenge.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
  await expect(hints.nth(0)).toBeVisible();
  await expect(hints.nth(1)).toBeHidden();
  await challenge.getByRole('button', { name: 'Show a hint (2 of 3)' }).click();
  await expect(hints.nth(1)).toBeVisible();
  await challenge.getByRole('button', { name: 'Show a hint (3 of 3)' }).click();
  await expect(hints.nth(2)).toBeFocused();
  await expect(challenge.locator('[data-next-hint]')).toHaveCount(0);
  const solution = challenge.locator('[data-show-solution]');
  await expect(solution).toHaveText('Show the solution');
  await expect(challenge.locator('[data-solution]')).toBeHidden();
  await solution.click();
  await expect(solution).toHaveAttribute('aria-expanded', 'true');
  await expect(solution).toHaveText('Hide the solution');
  await expect(challenge.locator('[data-solution]')).toContainText("o.status <> 'cancelled'");

  // The interviewer's link: interview mode, straight to the challenge, alone, with no help.
  await page.goto(`${QUESTION_PAGE}?interview=1#${CHALLENGE}`);
  await expect(challengeOn(page)).toBeVisible();
  await expect(challengeOn(page).getByRole('button', { name: 'Check', exact: true })).toBeVisible();
  await expect(page.locator('[data-answer] > h2').first()).toBeHidden();
  await expect(challengeOn(page).locator('.challenge-help')).toBeHidden();
});

test('an example says whether a Run matches its stored output, and after an edit what differs', async ({ page }) => {
  await page.goto(QUESTION_PAGE);
  const example = page.locator('[data-example-id="coalesce-all-null"]');
  const stored = example.locator('[data-expected]');
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  const note = example.locator('.stored-comparison');
  await expect(note).toHaveAttribute('data-comparison', 'match', { timeout: 15_000 });
  await expect(note).toContainText('Same result as the expected output.');
  await expect(stored).toBeHidden();
  await note.getByRole('button', { name: 'Show the expected output' }).click();
  await expect(stored).toBeVisible();

  await example.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(example).toHaveAttribute('data-editor', 'ready');
  await example.locator('.cm-content').press('ControlOrMeta+a');
  await page.keyboard.insertText("SELECT COALESCE(NULL, NULL) AS all_null, COALESCE(NULL, 0) AS with_default;");
  await expect(stored.locator('.output-label')).toHaveText('Output of the original query');
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(note).toHaveAttribute('data-comparison', 'differs', { timeout: 15_000 });
  await expect(note).toContainText('Differs from the original query’s output:');
  await expect(stored).toBeVisible();
  await example.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(stored.locator('.output-label')).toHaveText('Expected output');
});

test('a practice problem has its own page, fails a hidden tie-break, and is listed with its status', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('practice/');
  const row = page.locator('[data-challenge-row="sql-department-headcount"]');
  await expect(row.locator('[data-status]')).toHaveText('Not tried');
  await page.getByLabel('Difficulty').selectOption('hard');
  await expect(row).toBeHidden();
  await page.getByLabel('Difficulty').selectOption('easy');
  await row.locator('.question-link').click();
  await expect(page).toHaveURL(/\/practice\/sql-department-headcount\/$/);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /sql-wasm|sql-worker|sql-editor|\/challenges\//.test(url)), 'loaded before the reader asked').toEqual([]);
  const challenge = page.locator('[data-challenge-id="sql-department-headcount"]');
  await checkQuery(challenge, `SELECT d.name AS department, COUNT(e.id) AS headcount
FROM departments AS d LEFT JOIN employees AS e ON e.department_id = d.id
GROUP BY d.id ORDER BY headcount DESC`);
  await expect(challenge).toHaveAttribute('data-verdict', 'wrong');
  await expect(challenge.getByRole('alert')).toContainText('Hint: Two departments have the same headcount');
  await page.goBack();
  await expect(row.locator('[data-status]')).toHaveText('Attempted');
});

test('a challenge and the practice listing have no accessibility violations', async ({ page }) => {
  for (const path of [QUESTION_PAGE, 'practice/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).include(path === QUESTION_PAGE ? `#${CHALLENGE}` : 'main').analyze();
    expect(results.violations.map((violation) => violation.id), path).toEqual([]);
  }
});
