// Interview mode: answers hidden behind "Reveal answer", remembered across pages, set by ?interview=.
import { expect, test, type Page } from '@playwright/test';
import { questionPath, questions, questionWithExample } from './questions.ts';

const question = questions[0]!;

function answer(page: Page) {
  return page.locator('[data-answer]');
}

test('the toggle hides the answer behind "Reveal answer" and is remembered on the next page', async ({ page }) => {
  await page.goto(questionPath(question));
  const reveal = page.getByRole('button', { name: 'Reveal answer' });
  await expect(answer(page)).toBeVisible();
  await expect(reveal).toBeHidden();

  const toggle = page.getByRole('button', { name: 'Interview mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(answer(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.data.title);
  await expect(page.locator('.summary')).toBeVisible();

  await reveal.click();
  await expect(answer(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide answer' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Hide answer' }).click();
  await expect(answer(page)).toBeHidden();

  // Another page (the home page, then this question again) stays in interview mode.
  await page.goto('');
  await expect(page.getByRole('button', { name: 'Interview mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(questionPath(question));
  await expect(answer(page)).toBeHidden();

  await page.getByRole('button', { name: 'Interview mode' }).click();
  await expect(answer(page)).toBeVisible();
  await page.reload();
  await expect(answer(page)).toBeVisible();
});

test('?interview=1 opens in interview mode and remembers it; ?interview=0 switches it off', async ({ page }) => {
  await page.goto(`${questionPath(question)}?interview=1`);
  await expect(answer(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Interview mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(questionPath(question));
  await expect(answer(page)).toBeHidden();

  await page.goto(`${questionPath(question)}?interview=0`);
  await expect(answer(page)).toBeVisible();
  await page.goto(questionPath(question));
  await expect(answer(page)).toBeVisible();
});

test('the answer is hidden from the first paint, not after the page has shown it', async ({ page }) => {
  await page.addInitScript(() => {
    // Recorded when <body> is created, before any of the page's content is parsed or painted.
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as { interviewAtBody?: boolean }).interviewAtBody = document.documentElement.hasAttribute('data-interview');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${questionPath(question)}?interview=1`);
  expect(await page.evaluate(() => (window as { interviewAtBody?: boolean }).interviewAtBody)).toBe(true);
});

test('in interview mode, copying the question link makes a link that opens in interview mode', async ({ page, baseURL, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${questionPath(question)}?interview=1`);
  await page.getByRole('button', { name: 'Copy link to this question' }).click();
  await expect(page.locator('.question-actions').getByRole('status')).toHaveText('Link copied (it opens in interview mode).');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${questionPath(question)}?interview=1`);
});

test('a link to one example opens with the answer revealed, even in interview mode', async ({ page }) => {
  const { question: withExample, exampleId } = questionWithExample();
  await page.goto(`${questionPath(withExample)}?interview=1`);
  await page.goto(`${questionPath(withExample)}#${exampleId}`);
  await expect(page.locator(`sql-example#${exampleId}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();
});
