// The dataset panel of a question page: its SQL is not in the page, and is fetched when the panel
// is first opened.
import { expect, test } from '@playwright/test';
import { readManifest } from './manifest.ts';
import { questionPath, questions } from './questions.ts';

const { datasets } = readManifest();
const question = questions[0]!;

test('opening the dataset panel shows the dataset’s SQL, fetched then', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(questionPath(question));
  await page.waitForLoadState('networkidle');
  const dataset = question.data.dataset;
  const isDatasetFile = (path: string) => path.endsWith(`/datasets/${dataset}.sql`);
  expect(requested.filter(isDatasetFile)).toEqual([]);
  const sql = page.locator('[data-dataset-sql]');
  await expect(sql).toBeHidden();
  await page.getByText(`Dataset ${dataset}: show its tables and rows`).click();
  await expect(sql).toBeVisible();
  expect(await sql.textContent()).toBe(datasets[dataset]!.trim());
  expect(requested.filter(isDatasetFile)).toHaveLength(1);
  await expect(page.getByRole('link', { name: 'The dataset as an SQL file' })).toHaveAttribute('href', new RegExp(`/datasets/${dataset}\\.sql$`));
});

test('a dataset that cannot be fetched is reported; opening the panel again retries', async ({ page }) => {
  await page.route('**/datasets/*.sql', (route) => route.fulfill({ status: 503, body: 'Unavailable' }));
  await page.goto(questionPath(question));
  const summary = page.getByText(`Dataset ${question.data.dataset}: show its tables and rows`);
  await summary.click();
  await expect(page.locator('.dataset').getByRole('alert')).toHaveText('The dataset could not be fetched (HTTP 503); close and open the panel to try again.');
  await page.unroute('**/datasets/*.sql');
  await summary.click();
  await summary.click();
  await expect(page.locator('[data-dataset-sql]')).toBeVisible();
  await expect(page.locator('.dataset').getByRole('alert')).toHaveCount(0);
});
