// The home page: every question grouped by topic, and filters whose state is in the URL.
import { expect, test, type Page } from '@playwright/test';
import { matchesFilter, type FilterState } from '../src/lib/question-filter.ts';
import { questions } from './questions.ts';

const allTitles = questions.map((question) => question.data.title);
const tags = [...new Set(questions.flatMap((question) => question.data.tags))].sort((a, b) => a.localeCompare(b));

function titlesFor(state: FilterState): string[] {
  return questions
    .filter((question) => matchesFilter({ ...question.data }, state))
    .map((question) => question.data.title);
}

async function visibleTitles(page: Page): Promise<string[]> {
  return page.locator('.question-item:visible .question-link').allInnerTexts();
}

test.describe('with JavaScript', () => {
  test('lists every question under its topic, with difficulty and tags', async ({ page }) => {
    await page.goto('');
    expect(await visibleTitles(page)).toEqual(allTitles);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing ${questions.length} of ${questions.length} questions.`);
    for (const question of questions) {
      const item = page.locator('.question-item', { has: page.getByRole('link', { name: question.data.title, exact: true }) });
      const topicHeading = page.locator('.topic', { has: item }).getByRole('heading', { level: 2 });
      await expect(topicHeading).toHaveText(question.data.topic === 'sql' ? 'SQL' : 'Django ORM');
      await expect(item.locator('.difficulty')).toContainText(question.data.difficulty);
      await expect(item.locator('.tag')).toHaveText(question.data.tags.map((tag) => new RegExp(`${tag}$`)));
    }
  });

  test('filters by keyboard, keeps the choice in the URL, and restores it from a link', async ({ page }) => {
    await page.goto('');
    // The first tag is the option right below "Any tag": one ArrowDown picks it.
    await page.getByLabel('Tag').focus();
    await page.keyboard.press('ArrowDown');
    const tag = tags[0]!;
    await expect(page).toHaveURL(new RegExp(`\\?tag=${tag}$`));
    expect(await visibleTitles(page)).toEqual(titlesFor({ topic: '', difficulty: '', tag }));

    const difficulty = questions.find((question) => question.data.tags.includes(tag))!.data.difficulty;
    await page.getByLabel('Difficulty').selectOption(difficulty);
    await expect(page).toHaveURL(new RegExp(`\\?difficulty=${difficulty}&tag=${tag}$`));
    const expected = titlesFor({ topic: '', difficulty, tag });
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleTitles(page)).toEqual(expected);

    // The URL is a link to the same filtered list.
    await page.goto(`?difficulty=${difficulty}&tag=${tag}`);
    await expect(page.getByLabel('Difficulty')).toHaveValue(difficulty);
    await expect(page.getByLabel('Tag')).toHaveValue(tag);
    expect(await visibleTitles(page)).toEqual(expected);

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page).toHaveURL(/\/$/);
    expect(await visibleTitles(page)).toEqual(allTitles);
  });

  test('the topic filter hides the other topic and its heading', async ({ page }) => {
    await page.goto('?topic=sql');
    expect(await visibleTitles(page)).toEqual(titlesFor({ topic: 'sql', difficulty: '', tag: '' }));
    await expect(page.getByRole('heading', { name: 'Django ORM', level: 2 })).toBeHidden();
  });

  test('a tag link filters in place', async ({ page }) => {
    await page.goto('');
    const tag = questions[0]!.data.tags[0]!;
    await page.locator('.question-item').first().getByRole('link', { name: `Tag: ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`\\?tag=${tag}$`));
    await expect(page.getByLabel('Tag')).toHaveValue(tag);
    expect(await visibleTitles(page)).toEqual(titlesFor({ topic: '', difficulty: '', tag }));
  });

  test('a choice no question matches says so; an unknown value in the URL is ignored', async ({ page }) => {
    await page.goto('?tag=no-such-tag');
    await expect(page.getByLabel('Tag')).toHaveValue('');
    expect(await visibleTitles(page)).toEqual(allTitles);

    // Three difficulties and one tag: at least one combination of the first tag matches nothing
    // unless that tag spans every difficulty, in which case a topic with no such question does.
    const tag = tags[0]!;
    const empty = ['easy', 'medium', 'hard']
      .flatMap((difficulty) => ['', 'sql', 'django-orm'].map((topic) => ({ topic, difficulty, tag })))
      .find((state) => titlesFor(state).length === 0)!;
    await page.goto(`?${new URLSearchParams(Object.entries(empty).filter(([, value]) => value))}`);
    expect(await visibleTitles(page)).toEqual([]);
    await expect(page.getByText('No question matches all of these filters.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list is plain and complete, even for a filtered link; the filter form is hidden', async ({ page }) => {
    await page.goto('?topic=django-orm&difficulty=hard&tag=no-such-tag');
    expect(await visibleTitles(page)).toEqual(allTitles);
    await expect(page.getByLabel('Topic')).toBeHidden();
    await expect(page.getByText('No question matches')).toBeHidden();
    for (const question of questions) {
      await expect(page.getByRole('link', { name: question.data.title, exact: true })).toBeVisible();
    }
  });
});
