// The Content-Security-Policy: what it allows, that browsers enforce it, and that the site works
// under it without a single violation. Every page that is not a question is loaded here; a SQL and
// a Django ORM question also use the editor, completion and the Schema panel (the same code on
// every question page). examples.spec.ts watches for violations while it runs every example.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchViolations } from './csp-violations.ts';
import { examplesByPage } from './manifest.ts';
import { questionOfTopic, questionPath } from './questions.ts';

const distDir = process.env.DIST_DIR ?? 'dist';

/** Every built page, as a path relative to the site's base (e.g. `questions/x/`). */
function builtPages(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtPages(path);
    if (entry.name === 'index.html') return [relative(distDir, dir).split(sep).join('/').replace(/(.)$/, '$1/')];
    return entry.name.endsWith('.html') ? [relative(distDir, path).split(sep).join('/')] : [];
  });
}

/** The page's policy: each directive with its sources. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const directives = content!.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name);
  return new Map(directives.map(([name, ...sources]) => [name!, sources]));
}

test('the policy allows only the site’s own scripts, styles, workers and WebAssembly', async ({ page }) => {
  await page.goto('');
  const policy = await policyOf(page);
  const hashes = (sources: string[]) => sources.filter((source) => !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source));
  expect(hashes(policy.get('script-src')!)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(hashes(policy.get('style-src')!)).toEqual(["'self'"]);
  expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.has('script-src-elem') || policy.has('script-src-attr')).toBe(false);
});

test('the browser enforces it: an injected inline script does not run', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations[0]).toContain('script-src');
});

const questionPages = new Map([...examplesByPage()].map(([path, examples]) => [path.slice(1), examples]));
const pagesToVisit = [
  ...builtPages().filter((path) => !questionPages.has(path)),
  ...(['sql', 'django-orm'] as const).map((topic) => questionPath(questionOfTopic(topic))),
];

for (const path of new Set(pagesToVisit)) {
  test(`/${path} works under the policy without a violation`, async ({ page }) => {
    test.slow(); // a run, the editor, completion and the schema on one page
    const violations = await watchViolations(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const examples = questionPages.get(path) ?? [];
    if (examples.length > 0) {
      const example = page.locator(`[data-example-id="${examples[0]!.id}"]`);
      await example.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(example).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      // SQLite ran (some first examples end in an error on purpose, so no table is required).
      await expect(example.locator('[data-live-result] .output-label')).toHaveText(/^Result \(ran in your browser in \d+ ms\)$/);

      await example.getByRole('button', { name: 'Edit', exact: true }).click();
      await expect(example).toHaveAttribute('data-editor', 'ready');
      // A keyword prefix on a line of its own: the end of the SQL may be inside a quoted name.
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.insertText('\nSEL');
      await expect(async () => {
        await page.keyboard.press('Control+Space');
        await expect(example.locator('.cm-tooltip-autocomplete')).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 15_000 });

      await example.getByRole('button', { name: 'Schema', exact: true }).click();
      await expect(example.locator('[data-schema-panel] dt').first()).toBeVisible();
    }
    expect(violations).toEqual([]);
  });
}
