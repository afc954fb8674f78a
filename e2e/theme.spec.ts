// Light and dark themes: the system setting by default, a toggle that persists, no flash on load.
import { expect, test, type Page } from '@playwright/test';
import { questionPath, questions } from './questions.ts';

const page404 = 'no-such-page/';

async function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

const light = 'rgb(255, 255, 255)';
const dark = 'rgb(20, 23, 28)';

test('follows the system setting until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  expect(await background(page)).toBe(dark);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(light);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test('the toggle persists across pages and reloads; choosing the system theme again follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(dark);

  for (const path of [questionPath(questions[0]!), page404, '']) {
    await page.goto(path);
    expect(await background(page), path).toBe(dark);
  }

  // Code blocks switch to Shiki's dark colours too.
  await page.goto(questionPath(questions[0]!));
  const codeBackground = await page.locator('pre.astro-code').first().evaluate((pre) => getComputedStyle(pre).backgroundColor);
  expect(codeBackground).not.toBe(light);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await background(page)).toBe(light);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(dark);
});

test('a stored theme is applied before the body exists, so the page never flashes the other one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(questionPath(questions[0]!));
  expect(await page.evaluate(() => (window as { themeAtBody?: string }).themeAtBody)).toBe('dark');
});
