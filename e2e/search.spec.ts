// Pagefind search: loaded on first open, reachable by button, "/" and Ctrl+K, indexes question text only.
import { expect, test, type Page } from '@playwright/test';
import { questionPath, questions } from './questions.ts';

const known = questions[0]!;

function searchDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Search the questions' });
}

test('the Search button opens search, which loads Pagefind only then and finds a known question', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox', { name: 'Search questions and answers' });
  await expect(input).toBeFocused();
  await input.fill(known.data.title);
  const result = dialog.getByRole('link', { name: known.data.title, exact: true });
  // The first search loads Pagefind's script, wasm and index: allow it time on a busy machine.
  await expect(result).toBeVisible({ timeout: 15_000 });
  expect(requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await expect(dialog.getByRole('status')).toHaveText(/question(s)? found/);

  // Arrow down reaches the results; Enter follows one.
  await input.press('ArrowDown');
  await expect(dialog.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${questionPath(known)}$`));
});

test('what is typed while the search code is still on its way is searched when it arrives', async ({ page }) => {
  // The search code (search-results.ts) comes on the first focus of the field: hold it back.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/\/_astro\/search-results\.[^/]+\.js$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await page.goto('');
  await page.waitForLoadState('networkidle');
  expect(requested).toBe(false);

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = searchDialog(page);
  const input = dialog.getByRole('searchbox', { name: 'Search questions and answers' });
  await input.pressSequentially(known.data.title);
  await expect.poll(() => requested).toBe(true);
  await expect(dialog.getByRole('link')).toHaveCount(0);
  release();
  await expect(dialog.getByRole('link', { name: known.data.title, exact: true })).toBeVisible({ timeout: 15_000 });
});

test('"/" and Ctrl+K open search; Escape closes it; "/" typed into a field stays text', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox');
  await input.pressSequentially('a/b');
  await expect(input).toHaveValue('a/b');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Opened from the button, closing returns focus to it.
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('only question pages are indexed, and only their question text: no navigation or controls', async ({ page, request }) => {
  const entry = await (await request.get('pagefind/pagefind-entry.json')).json();
  expect(entry.languages.en.page_count, 'pages in the index: the questions, not home, 404 or redirects').toBe(questions.length);

  await page.goto('');
  // The text Pagefind stored for a known question, read through its own API.
  const indexed: string = await page.evaluate(async (title) => {
    const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
    const search = await pagefind.search(title);
    const pages = await Promise.all(search.results.map((result: { data(): Promise<{ meta: { title: string }; content: string }> }) => result.data()));
    return pages.find((data) => data.meta.title === title)!.content;
  }, known.data.title);
  expect(indexed).toContain(known.data.summary);
  for (const chrome of ['Skip to content', 'Interview Handbook', 'All questions', 'Copy link', 'Reveal answer', 'Related questions', 'On this page', 'Expected output', 'Difficulty:', 'checked by the test suite', 'Click the code to edit it']) {
    expect(indexed, `the index holds "${chrome}"`).not.toContain(chrome);
  }
});

test('the 404 page searches for the words of the missing address', async ({ page }) => {
  const slugWords = known.id.split('-');
  // A typo in the last word, as in a mistyped link.
  const missing = `questions/${[...slugWords.slice(0, -1), `${slugWords.at(-1)}x`].join('-')}/`;
  const response = await page.goto(missing);
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/^Page not found/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const main = page.getByRole('main');
  await expect(main.getByRole('searchbox')).toHaveValue(missing.replace(/^questions\//, '').split(/[^a-z0-9]+/).filter((w) => w.length > 1).join(' '));
  await expect(main.getByRole('link', { name: known.data.title, exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(main.getByRole('link', { name: 'See all questions' })).toHaveAttribute('href', /\/$/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
