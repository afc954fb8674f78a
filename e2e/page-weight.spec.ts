// Every question page, before any interaction, within its budget: everything it transfers (HTML,
// CSS, JavaScript, icon) from an empty cache, gzip-compressed, as `npm run bench` weighs it; and
// nothing of sql.js. Sizes, not timings: they do not depend on the machine.
import { expect, test } from '@playwright/test';
import { pageWeight, type Transfer, type TransferKind } from '../scripts/bench-report.ts';
import { questionPath, questions } from './questions.ts';

const BUDGET_KB = 25;

const kindOf = (resourceType: string): TransferKind =>
  resourceType === 'document' ? 'html' : resourceType === 'stylesheet' ? 'css' : resourceType === 'script' ? 'js' : 'other';

test(`every question page weighs at most ${BUDGET_KB} KB gzip before any interaction, without sql.js`, async ({ browser, baseURL }) => {
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
    expect.soft(weight.total.gzip / 1024, `${question.id}: KB gzip`).toBeLessThanOrEqual(BUDGET_KB);
    expect.soft(weight.sqlJs, `${question.id}: sql.js before a Run`).toEqual([]);
  }
});
