// Every question page, before any interaction, fetches nothing of the engines a reader has not
// asked for: no sql.js, no Python. Its weight (everything it transfers from an empty cache, gzip) is
// a size target, so it is measured and held to its budget by `npm run bench`, not here.
import { expect, test } from '@playwright/test';
import { pageWeight, type Transfer, type TransferKind } from '../scripts/bench-report.ts';
import { questionPath, questions } from './questions.ts';

const kindOf = (resourceType: string): TransferKind =>
  resourceType === 'document' ? 'html' : resourceType === 'stylesheet' ? 'css' : resourceType === 'script' ? 'js' : 'other';

test('no question page fetches sql.js or Python before any interaction', async ({ browser, baseURL }) => {
  test.slow(); // every page, each from an empty cache
  for (const question of questions) {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    const pending: Promise<Transfer | null>[] = [];
    page.on('response', (response) => {
      const kind = kindOf(response.request().resourceType());
      pending.push(response.body().then((body) => ({ url: response.url(), kind, body }), () => null));
    });
    await page.goto(questionPath(question), { waitUntil: 'networkidle' });
    const weight = pageWeight((await Promise.all(pending)).filter((transfer) => transfer !== null));
    await context.close();
    expect.soft(weight.sqlJs, `${question.id}: sql.js before a Run`).toEqual([]);
    expect.soft(weight.python, `${question.id}: Python before Run Python`).toEqual([]);
  }
});
