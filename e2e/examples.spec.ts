// Every example on every page: what the page shows for it (for a Django ORM example, its Python,
// what it printed and its query count, as recorded by `npm run orm:update`), and what it returns
// when its Run button is clicked, checked against examples.json. No CSP violation on the way.
import { loadContent } from '../src/build/example-manifest.ts';
import { postgresRecordPath } from '../src/lib/postgresql-record.ts';
import { watchViolations } from './csp-violations.ts';
import { examplesByPage, readTables, tableTexts } from './manifest.ts';
import { expect, test } from './shared-page.ts';

const ormById = new Map(loadContent(process.cwd()).examples.map((example) => [example.id, example.orm]));

for (const [pagePath, examples] of examplesByPage()) {
  test(`every example on ${pagePath} shows its code and returns its stored output`, async ({ sharedPage: page }) => {
    test.slow(); // up to a dozen runs, one after another, the first of which loads SQLite
    const violations = await watchViolations(page);
    await page.goto(pagePath.slice(1));
    const onPage = await page.locator('[data-example-id]').evaluateAll((all) => all.map((element) => element.id));
    expect(onPage, `the examples on ${pagePath}, in order`).toEqual(examples.map((example) => example.id));

    for (const { id } of examples) {
      const orm = ormById.get(id);
      if (!orm) continue;
      const root = page.locator(`[data-example-id="${id}"]`);
      await expect(root.locator('.orm-code'), `${id}: its .py`).toHaveText(orm.python);
      await expect(root.locator('.orm-query-count'), `${id}: its query count`).toHaveText(`${orm.queries} ${orm.queries === 1 ? 'query' : 'queries'}`);
      if (orm.output) await expect(root.locator('.orm-output'), `${id}: what it printed`).toHaveText(orm.output);
      else await expect(root.locator('.orm-output')).toHaveCount(0);
      // PostgreSQL's SQL and rows are fetched from the example's own record when its tab opens
      // (e2e/postgresql.spec.ts checks what a panel then shows, and every record's content).
      expect(await root.locator('[data-pg-record]').getAttribute('data-pg-record'), `${id}: its PostgreSQL record`).toMatch(new RegExp(`/${postgresRecordPath(id)}$`));
    }

    // Remove the pre-rendered expected output: whatever is read below must be the live result.
    await page.locator('[data-expected]').evaluateAll((all) => all.forEach((expected) => expected.remove()));
    await expect(page.locator('[data-live-result] table')).toHaveCount(0);
    for (const example of examples) {
      const root = page.locator(`[data-example-id="${example.id}"]`);
      const live = root.locator('[data-live-result]');
      // What Run executes is read from the highlighted code: it must be the example's exact SQL.
      expect(await root.evaluate((element) => (element as HTMLElement & { sql: string }).sql), `${example.id}: its SQL`).toBe(example.sql);
      await root.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(root).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      expect(await readTables(live), `tables of ${example.id}`).toEqual((example.expected ?? []).map(tableTexts));
      if (example.expectedError === undefined) {
        await expect(live.getByRole('alert')).toHaveCount(0);
      } else {
        await expect(live.getByRole('alert')).toContainText(example.expectedError);
      }
    }
    expect(violations, 'CSP violations').toEqual([]);
  });
}
