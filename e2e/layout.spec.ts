// Phones down to 360 px wide without horizontal page scroll, and the print stylesheet.
import { expect, test, type Page } from '@playwright/test';
import { questionPath, questions, questionWithExample } from './questions.ts';

async function expectNoHorizontalScroll(page: Page, where: string) {
  const [scrollWidth, viewportWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `${where} is ${scrollWidth}px wide in a ${viewportWidth}px viewport`).toBeLessThanOrEqual(viewportWidth);
}

test.describe('a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no page scrolls sideways, with every disclosure open', async ({ page }) => {
    test.slow(); // every page, in one browser tab
    for (const path of ['', ...questions.map(questionPath), 'no-such-page/']) {
      await page.goto(path);
      await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      await expectNoHorizontalScroll(page, path || 'the home page');
    }
  });

  test('a wide result table scrolls inside its own box, not the page', async ({ page }) => {
    const { question, exampleId } = questionWithExample();
    await page.goto(questionPath(question));
    const example = page.locator(`sql-example#${exampleId}`);
    await example.evaluate((element) => {
      (element as HTMLElement & { sql: string }).sql =
        "SELECT printf('%.120c', '-') AS a_long_column, 'another column' AS again, 1 AS n, 2 AS m;";
    });
    await example.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(example).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    const box = example.locator('[data-live-result] .result-scroll');
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await expectNoHorizontalScroll(page, 'the page with a wide result');
  });

  test('the header tools and the search dialog fit', async ({ page }) => {
    await page.goto('');
    for (const name of ['Search', 'Interview mode', 'Dark theme']) await expect(page.getByRole('button', { name })).toBeInViewport();
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  });
});

test('printing shows the question, its examples and expected output, without controls or navigation', async ({ page }) => {
  const { question, exampleId } = questionWithExample();
  await page.goto(`${questionPath(question)}?interview=1`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const example = page.locator(`sql-example#${exampleId}`);
  await expect(example).toBeVisible();
  await expect(example.locator('pre').first()).toBeVisible();
  await expect(example.locator('[data-expected]')).toBeVisible();
  await expect(example.locator('[data-expected] table').first()).toBeVisible();
  // An example's setup prints although its disclosure is closed.
  for (const setup of await page.locator('.example-setup:not([open]) pre').all()) await expect(setup).toBeVisible();
  for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '.pager', '.related', '.toc']) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  expect(await page.locator('button:visible').count()).toBe(0);
  // Nothing is cut off at the right edge of the paper: code wraps instead of scrolling.
  const clipped = await page.locator('pre.astro-code').evaluateAll((blocks) => blocks.filter((pre) => pre.scrollWidth > pre.clientWidth).length);
  expect(clipped).toBe(0);
});
