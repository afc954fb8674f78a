// Every question page, before any interaction, fetches nothing of the engines a reader has not
// asked for: no sql.js, no Python. Its weight (everything it transfers from an empty cache, gzip) is
// a size target, so it is measured and held to its budget by `npm run bench`, not here.
import { expect, test } from '@playwright/test';
import { pageWeight, type Transfer, type TransferKind } from '../scripts/bench-report.ts';
import { questionPath, questions } from './questions.ts';

const kindOf = (resourceType: string): TransferKind =>
  resourceType === 'document' ? 'html' : resourceType === 'stylesheet' ? 'css' : resourceType === 'script' ? 'js' : 'other';

// One test per page: each loads from an empty cache and waits for the network to go idle, which
// for 40 pages in one test outran its time limit on a loaded machine.
for (const question of questions) {
  test(`${question.id} fetches no sql.js and no Python before any interaction`, async ({ browser, baseURL }) => {
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
    expect(weight.sqlJs, 'sql.js before a Run').toEqual([]);
    expect(weight.python, 'Python before Run Python').toEqual([]);
  });
}
