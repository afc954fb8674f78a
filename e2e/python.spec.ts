// Run Python: real Django in Pyodide on the ORM pages. Every example of three pages gives its recorded
// output and SQL (read from the live output, after the recorded one is removed), and bad input gets a
// clear message and leaves the page working. The bad-input tests share one tab, and so one Python
// start, except where a test ends Python on purpose (Stop, the time limit).
import type { Locator, Page } from '@playwright/test';
import { loadContent } from '../src/build/example-manifest.ts';
import { watchViolations } from './csp-violations.ts';
import { expect, test } from './shared-page.ts';

const ormExamples = loadContent(process.cwd()).examples.filter((example) => example.orm !== null);
const pages = [...new Set(ormExamples.map((example) => example.page))].slice(0, 3);
const [badInputExample] = ormExamples;
const queries = (n: number) => `${n} ${n === 1 ? 'query' : 'queries'}`;

function python(page: Page, id: string): Locator {
  return page.locator(`[data-example-id="${id}"] python-example`);
}

async function runPython(example: Locator): Promise<void> {
  await example.getByRole('button', { name: 'Run Python', exact: true }).click();
  await expect(example).toHaveAttribute('data-state', 'done', { timeout: 60_000 }); // the first run starts Python
}

/** Sets the example's code as the editor would (the element's API, which also opens the editor). */
async function setCode(example: Locator, code: string): Promise<void> {
  await example.evaluate((element, text) => ((element as HTMLElement & { code: string }).code = text), code);
  await expect(example).toHaveAttribute('data-editor', 'ready');
}

for (const pagePath of pages) {
  test(`Run Python on every example of ${pagePath} gives the recorded output and SQL`, async ({ sharedPage: page }) => {
    test.slow(); // Python starts on this page's first run
    const violations = await watchViolations(page);
    await page.goto(pagePath.slice(1));
    // Remove the recorded output: what is read below must be the live run's.
    await page.locator('[data-recorded-python-output]').evaluateAll((all) => all.forEach((recorded) => recorded.remove()));
    for (const example of ormExamples.filter((candidate) => candidate.page === pagePath)) {
      const root = python(page, example.id);
      await runPython(root);
      await expect(root.locator('[data-python-output]'), `${example.id}: what it printed`).toHaveText(example.orm!.output ? `${example.orm!.output}\n` : '');
      await expect(root.locator('[data-python-comparison]')).toHaveText('Matches the recorded run: the same output and the same SQL.');
      await expect(root.locator('[data-python-queries] .output-label')).toHaveText(`SQL Django sent: ${queries(example.orm!.queries)}`);
      await expect(root.locator('.python-query-sql')).toHaveCount(example.orm!.queries);
    }
    expect(violations, 'CSP violations').toEqual([]);
  });
}

test.describe('bad input in Run Python', () => {
  test.describe.configure({ mode: 'serial' });
  const id = badInputExample!.id;
  let example: Locator;

  test.beforeAll(async ({ browser }, workerInfo) => {
    test.setTimeout(90_000);
    const page = await (await browser.newContext({ baseURL: workerInfo.project.use.baseURL })).newPage();
    await page.goto(badInputExample!.page.slice(1));
    example = python(page, id);
    await runPython(example); // starts Python once for the tests below
    await expect(example.locator('[data-python-comparison]')).toContainText('Matches the recorded run');
  });

  test.afterAll(async () => {
    await example.page().context().close();
  });

  test('a SyntaxError shows the traceback of the reader’s code and marks its line', async () => {
    await setCode(example, 'from shop.models import Product\nresult = Product.objects.filter(\n');
    await runPython(example);
    const output = example.locator('[data-python-output]');
    await expect(output).toContainText(`File "${id}.py", line 2`);
    await expect(output).toContainText("SyntaxError: '(' was never closed");
    await expect(example.locator('.cm-error-line')).toHaveText('result = Product.objects.filter(');
  });

  test('a FieldError from a typo in a lookup names the field and marks the line', async () => {
    await setCode(example, 'from shop.models import Product\n\nresult = Product.objects.filter(nmae="Laptop")\n');
    await runPython(example);
    await expect(example.locator('[data-python-output]')).toContainText("django.core.exceptions.FieldError: Cannot resolve keyword 'nmae' into field.");
    await expect(example.locator('.cm-error-line')).toHaveText('result = Product.objects.filter(nmae="Laptop")');
    await expect(example.locator('[data-python-comparison]')).toContainText('Compared with the recorded run of the original code');
  });

  test('os.remove() removes only a file of the worker’s memory; Reset and the next run work', async () => {
    const settings = '/home/pyodide/bundle/project/settings.pyc';
    await setCode(example, `import os\n\nos.remove("${settings}")\nprint(os.path.exists("${settings}"))\n`);
    await runPython(example);
    await expect(example.locator('[data-python-output]')).toHaveText('False\n');
    await example.getByRole('button', { name: 'Reset Python', exact: true }).click();
    await runPython(example);
    await expect(example.locator('[data-python-comparison]')).toHaveText('Matches the recorded run: the same output and the same SQL.');
  });

  test('a MemoryError is shown as the code’s exception', async () => {
    await setCode(example, 'numbers = [0] * 2**30\n');
    await runPython(example);
    await expect(example.locator('[data-python-output]')).toHaveText('MemoryError\n');
    await expect(example.locator('.cm-error-line')).toHaveText('numbers = [0] * 2**30');
  });

  test('a million prints are cut, with a count of the lines not shown', async () => {
    await setCode(example, 'for i in range(1_000_000):\n    print(i)\n');
    await runPython(example);
    const output = example.locator('[data-python-output]');
    await expect(output).toContainText(/^0\n1\n2\n/);
    const cut = Number((await output.textContent())!.match(/… ([\d,]+) more lines not shown/)![1]!.replaceAll(',', ''));
    const shown = (await output.textContent())!.split('\n').length - 2; // the count's line, and the empty end
    expect(cut + shown).toBe(1_000_000);
  });

  test('<script> in printed output is shown as text', async () => {
    await setCode(example, 'print("<script>document.title = \'hacked\'</script><b>bold</b>")\n');
    await runPython(example);
    const output = example.locator('[data-python-output]');
    await expect(output).toHaveText("<script>document.title = 'hacked'</script><b>bold</b>\n");
    await expect(output.locator('script, b')).toHaveCount(0);
    expect(await example.page().title()).not.toBe('hacked');
  });

  test('Ctrl/⌘+Enter in the editor runs the edited code', async () => {
    await setCode(example, 'print("from the keyboard")\n');
    await example.locator('.cm-content').focus();
    await example.page().keyboard.press('ControlOrMeta+Enter');
    await expect(example.locator('[data-python-output]')).toHaveText('from the keyboard\n');
  });

  test('while True: pass is ended by Stop; the next run starts Python again from cached files', async () => {
    await setCode(example, 'while True:\n    pass\n');
    await example.getByRole('button', { name: 'Run Python', exact: true }).click();
    await expect(example.getByRole('status')).toContainText('Running… (stops after');
    await example.getByRole('button', { name: 'Stop Python', exact: true }).click();
    await expect(example.locator('[data-python-output]').getByRole('alert')).toContainText('as you asked. The next run starts Python again.');
    await expect(example.getByRole('button', { name: 'Stop Python', exact: true })).toBeHidden();
    await example.getByRole('button', { name: 'Reset Python', exact: true }).click();
    await runPython(example);
    await expect(example.locator('[data-python-comparison]')).toHaveText('Matches the recorded run: the same output and the same SQL.');
  });

  test('while True: pass is ended by the time limit; the next run works', async () => {
    await example.evaluate((element) => ((element as HTMLElement).dataset.timeoutMs = '1500'));
    await setCode(example, 'while True:\n    pass\n');
    await runPython(example);
    await expect(example.locator('[data-python-output]').getByRole('alert')).toHaveText(
      'Stopped: the code ran longer than the 1.5 s time limit. The next run starts Python again.',
    );
    await example.getByRole('button', { name: 'Reset Python', exact: true }).click();
    await runPython(example);
    await expect(example.locator('[data-python-comparison]')).toHaveText('Matches the recorded run: the same output and the same SQL.');
  });
});

test.describe('sharing edited Python', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link with your edit carries the edited Python; the link reopens it, with Reset', async ({ page, context }) => {
    const { id, page: path } = badInputExample!;
    await page.goto(path.slice(1));
    const edited = 'from shop.models import Product\n\nresult = Product.objects.count()  # shared ☃\n';
    await setCode(python(page, id), edited);
    const root = page.locator(`sql-example#${id}`);
    await root.getByRole('button', { name: /^Copy link with your edit/ }).click();
    await expect(root.locator('[data-copy-status]')).toHaveText('Link copied with your edited Python code.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`?example=${id}&py=`);
    expect(link).not.toContain('&sql=');

    const opened = await context.newPage();
    await opened.goto(link);
    const shared = python(opened, id);
    await expect(shared).toHaveAttribute('data-edited', '');
    await expect(shared).toHaveAttribute('data-editor', 'ready');
    expect(await shared.evaluate((element) => (element as HTMLElement & { code: string }).code)).toBe(edited);
    await expect(opened.locator(`sql-example#${id}`).getByRole('status').filter({ hasText: 'holds code shared by link' })).toBeVisible();
    await opened.getByRole('button', { name: 'Reset to the original' }).click();
    await expect(shared).not.toHaveAttribute('data-edited');
    expect(new URL(opened.url()).search).toBe('');
  });
});

test('Run Python needs no unsafe-eval: it works when the worker’s script and files forbid eval too', async ({ browser }, workerInfo) => {
  test.slow(); // its own Python start
  const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
  // The page's policy comes in its <meta>; a worker gets only its script's response headers, so the
  // same script-src is sent as a header with every other response, as a host could send it.
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() === 'document') return route.continue();
    const response = await route.fetch();
    const headers = { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'" };
    await route.fulfill({ response, headers });
  });
  const page = await context.newPage();
  const violations = await watchViolations(page);
  await page.goto(badInputExample!.page.slice(1));
  const example = python(page, badInputExample!.id);
  await runPython(example);
  await expect(example.locator('[data-python-comparison]')).toHaveText('Matches the recorded run: the same output and the same SQL.');
  expect(violations).toEqual([]);
  await context.close();
});

test('when Run Python’s code cannot be fetched, it says so and the page keeps working', async ({ page }) => {
  await page.route(/\/_astro\/python-example-controller\.[^/]*\.js$/, (route) => route.abort()); // what the first click imports
  await page.goto(badInputExample!.page.slice(1));
  const example = python(page, badInputExample!.id);
  await example.getByRole('button', { name: 'Run Python', exact: true }).click();
  await expect(example.getByRole('status')).toHaveText('Run Python could not be loaded (are you offline?); the next click tries again.');
  await expect(example).not.toHaveAttribute('data-state');
  await expect(example.getByRole('button', { name: 'Stop Python', exact: true })).toBeHidden();
});

test('pressing Run Python starts Python before the click; the click then runs the code', async ({ page }) => {
  test.slow(); // its own Python start
  await page.goto(badInputExample!.page.slice(1));
  const example = python(page, badInputExample!.id);
  const runtimeRequested = page.waitForRequest(/\/pyodide\.asm\.wasm$/);
  await example.getByRole('button', { name: 'Run Python', exact: true }).dispatchEvent('pointerdown');
  await runtimeRequested;
  await expect(example).not.toHaveAttribute('data-state'); // started, not run
  await runPython(example);
  await expect(example.locator('[data-python-comparison]')).toHaveText('Matches the recorded run: the same output and the same SQL.');
});
