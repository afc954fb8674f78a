// Clicks every Run button on every page and checks the live result against examples.json, with
// no Content-Security-Policy violation on the way.
import { expect, test } from '@playwright/test';
import { watchViolations } from './csp-violations.ts';
import { examplesByPage, readTables, tableTexts } from './manifest.ts';

for (const [pagePath, examples] of examplesByPage()) {
  test(`every example on ${pagePath} returns its stored output`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(pagePath.slice(1));
    for (const example of examples) {
      const root = page.locator(`[data-example-id="${example.id}"]`);
      await expect(root, `example ${example.id} is on ${pagePath}`).toHaveAttribute('id', example.id);
      // Remove the pre-rendered expected output: whatever is read below must be the live result.
      await root.locator('[data-expected]').evaluate((expected) => expected.remove());
      const live = root.locator('[data-live-result]');
      await expect(live.locator('table')).toHaveCount(0);

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
