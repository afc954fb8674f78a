// Every Django ORM example shows its code, what it printed and how many queries Django sent, as
// recorded by `npm run orm:update`; the SQL and its Run are covered by examples.spec.ts.
import { expect, test } from '@playwright/test';
import { loadContent, type ManifestExample } from '../src/lib/example-manifest.ts';

const ormPages = new Map<string, ManifestExample[]>();
for (const example of loadContent(process.cwd()).examples) {
  if (example.orm) ormPages.set(example.page, [...(ormPages.get(example.page) ?? []), example]);
}

for (const [pagePath, examples] of ormPages) {
  test(`the ORM examples on ${pagePath} show their code, output and query count`, async ({ page }) => {
    await page.goto(pagePath.slice(1));
    for (const { id, orm } of examples) {
      const root = page.locator(`[data-example-id="${id}"]`);
      const code = root.locator('.orm-code');
      await expect(code, `${id}: its .py, highlighted`).toHaveText(orm!.python);
      await expect(root.locator('.orm-query-count')).toHaveText(`${orm!.queries} ${orm!.queries === 1 ? 'query' : 'queries'}`);
      if (orm!.output) await expect(root.locator('.orm-output')).toHaveText(orm!.output);
      else await expect(root.locator('.orm-output')).toHaveCount(0);
      await expect(root.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
    }
  });
}

test('a question page shows the models it names, cut from models.py', async ({ page }) => {
  const [pagePath] = ormPages.keys();
  await page.goto(pagePath!.slice(1));
  const models = page.locator('details.models').first();
  await expect(models).toHaveAttribute('open', '');
  await expect(models.locator('.models-file').first()).toHaveText('shop/models.py');
  await expect(models.locator('pre').first()).toContainText('class ');
});
