// A question page's way around: breadcrumbs, previous/next, related questions, table of contents,
// redirects from old slugs, and what it tells search engines and link previews.
import { neighbours, relatedQuestions } from '../src/build/question-navigation.ts';
import { topicLabel, topics } from '../src/lib/topics.ts';
import { practicePaths, questionOfTopic, questionPath, questions } from './questions.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './shared-page.ts';

const siteName = 'SQL & Django ORM Interview Handbook';

/** Everything a reader can read on the page, collapsed parts included: its title, description and
 * text, without scripts and styles. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('script, style').forEach((element) => element.remove());
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    return [document.title, description, body.textContent ?? ''].join('\n');
  });
}

for (const question of questions) {
  // One page load per question: the checks below only read the page (or navigate and come back).
  test(`${question.id}: navigation, table of contents, and what it tells search engines`, async ({ sharedPage: page, baseURL }) => {
    await page.goto(questionPath(question));

    await test.step('title, description, canonical URL and Open Graph tags', async () => {
      await expect(page).toHaveTitle(`${question.data.title} · ${siteName}`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', question.data.summary);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`^https?://[^/]+/(.+/)?${questionPath(question)}$`));
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', question.data.title);
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', question.data.summary);
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    });

    await test.step('never mentions the notes the questions were written from', async () => {
      expect(await pageText(page)).not.toMatch(/seed/i);
    });

    await test.step('previous/next in its topic, related questions', async () => {
      const { previous, next } = neighbours(questions, question.id);
      const previousLink = page.locator('a[rel="prev"]');
      const nextLink = page.locator('a[rel="next"]');
      await expect(previousLink).toHaveCount(previous ? 1 : 0);
      await expect(nextLink).toHaveCount(next ? 1 : 0);
      if (previous) await expect(previousLink).toHaveAttribute('href', new RegExp(`/${questionPath(previous)}$`));
      if (next) await expect(nextLink).toHaveAttribute('href', new RegExp(`/${questionPath(next)}$`));

      const related = relatedQuestions(questions, question.id).map((entry) => entry.data.title);
      const aside = page.getByRole('complementary', { name: 'Related questions' });
      if (related.length === 0) await expect(aside).toHaveCount(0);
      else await expect(aside.getByRole('link')).toHaveText(related);
    });

    await test.step('a table of contents for a long answer, linking to each section', async () => {
      const ids = await page.locator('[data-answer] h2').evaluateAll((headings) => headings.map((heading) => heading.id));
      const toc = page.getByRole('navigation', { name: 'On this page' });
      if (ids.length < 3) {
        await expect(toc).toHaveCount(0);
        return;
      }
      const hrefs = await toc.locator(':scope > ol > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(ids.map((id) => `#${id}`));
      await toc.getByRole('link').last().click();
      await expect(page.locator(`[id="${ids.at(-1)}"]`)).toBeInViewport();
    });

    await test.step('breadcrumbs name the page and lead to the home page and its topic', async () => {
      const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
      const home = new URL(baseURL!).pathname;
      await expect(breadcrumbs.getByRole('link', { name: 'All questions' })).toHaveAttribute('href', home);
      await expect(breadcrumbs.getByRole('link', { name: topicLabel(question.data.topic) })).toHaveAttribute('href', `${home}#topic-${question.data.topic}`);
      await expect(breadcrumbs.locator('[aria-current="page"]')).toHaveText(question.data.title);
    });
  });

  for (const oldSlug of question.data.redirectFrom) {
    test(`${question.id}: the old address /questions/${oldSlug}/ forwards here, keeping the anchor`, async ({ page, baseURL }) => {
      await page.goto(`questions/${oldSlug}/?interview=0#answer`);
      await expect(page).toHaveURL(`${baseURL}${questionPath(question)}?interview=0#answer`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.data.title);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test(`${question.id}: /questions/${oldSlug}/ still forwards (meta refresh)`, async ({ page, baseURL }) => {
        await page.goto(`questions/${oldSlug}/`);
        await expect(page).toHaveURL(`${baseURL}${questionPath(question)}`);
      });
    });
  }
}

for (const topic of topics) {
  test(`the topic breadcrumb of a ${topicLabel(topic)} question scrolls the home page to that topic, and Back returns`, async ({ page }) => {
    const question = questionOfTopic(topic);
    await page.goto(questionPath(question));
    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: topicLabel(topic) }).click();
    await expect(page).toHaveURL(new RegExp(`#topic-${topic}$`));
    await expect(page.getByRole('heading', { name: topicLabel(topic), level: 2 })).toBeInViewport();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.data.title);
  });
}

test('a Django ORM question shows the models it names, cut from models.py', async ({ page }) => {
  await page.goto(questionPath(questionOfTopic('django-orm')));
  const models = page.locator('details.models').first();
  await expect(models).toHaveAttribute('open', '');
  await expect(models.locator('.models-file').first()).toHaveText(/^(shop|blog)\/models\.py$/);
  await expect(models.locator('pre').first()).toContainText('class ');
});

test('the home page never mentions the notes the questions were written from', async ({ page }) => {
  await page.goto('');
  expect(await pageText(page)).not.toMatch(/seed/i);
});

test('the home page has its own title, description, canonical URL and Open Graph type', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle(siteName);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /interview questions/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/(.+\/)?$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
});

test('the sitemap lists the home page, every question and the practice pages, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('sitemap.xml')).text();
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const base = locations[0]!;
  expect(locations).toEqual([base, ...[...questions.map(questionPath), ...practicePaths].map((path) => `${base}${path}`)]);
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(new RegExp(`^Sitemap: https?://[^/]+${base}sitemap\\.xml$`, 'm'));
});
