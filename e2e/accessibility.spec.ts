// axe-core finds no violations on the home page, a SQL page and a Django ORM page, in both themes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { questionOfTopic, questionPath } from './questions.ts';

// axe checks the contrast of every highlighted code token: a question page takes seconds, and
// tens of seconds on a busy machine.
test.describe.configure({ timeout: 120_000 });

const sqlQuestion = questionOfTopic('sql');
// Until a Django ORM question exists, questionOfTopic gives any question page.
const ormQuestion = questionOfTopic('django-orm');
const pages = [
  { name: 'the home page', path: '' },
  { name: `a SQL question (${sqlQuestion.id})`, path: questionPath(sqlQuestion) },
  { name: `a Django ORM question (${ormQuestion.id})`, path: questionPath(ormQuestion) },
  { name: 'the 404 page', path: 'no-such-page/' },
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const { name, path } of pages) {
      test(`${name} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        // Open every disclosure so the dataset and setup code are checked too.
        await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
        expect(await violations(page)).toEqual([]);
      });
    }

    test('search with results, and interview mode, have no axe violations', async ({ page }) => {
      const path = questionPath(sqlQuestion);
      await page.goto(`${path}?interview=1`);
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('searchbox').fill('select');
      await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
