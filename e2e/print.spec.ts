// A question printed (or saved as PDF): the answer, its code and stored outputs, in the light
// theme's colours; no controls, hints or navigation; code and tables wrap at the paper's edge.
// Chromium prints the page with page.pdf(), and unpdf (PDF.js) reads the text back, with where
// each piece of it is on the page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { tokenColours } from '../src/lib/code-themes.ts';
import { THEME_KEY } from '../src/lib/preferences.ts';
import { questionOfTopic, questionPath, questions } from './questions.ts';
import type { QuestionEntry } from '../src/build/question-navigation.ts';

const margin = 15; // mm, on every side
/** The page's controls, hints and navigation: none of it is printed. */
const chromeSelectors = '.skip-link, .site-header, .breadcrumbs, .question-actions, .example-toolbar, .example-hint, .pager, .related, .site-footer';
const pointsPerMm = 72 / 25.4;

interface PrintedPage {
  width: number;
  items: { text: string; left: number; right: number }[];
}

/** Prints the page to an A4 PDF and reads each page's text back, with each piece's extent. */
async function printToPdf(page: Page): Promise<PrintedPage[]> {
  const pdf = await page.pdf({ format: 'A4', margin: { top: `${margin}mm`, right: `${margin}mm`, bottom: `${margin}mm`, left: `${margin}mm` } });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const pages: PrintedPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const printed = await document.getPage(number);
    const { items } = await printed.getTextContent();
    pages.push({
      width: printed.view[2]!,
      items: items.flatMap((item) =>
        'str' in item && item.str.trim() ? [{ text: item.str, left: item.transform[4] as number, right: (item.transform[4] as number) + item.width }] : [],
      ),
    });
  }
  return pages;
}

/** Text without whitespace: the PDF breaks lines where the paper does, not where the source does. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The question whose code has the longest line: the one most likely to run off the paper. */
function questionWithLongestCodeLine(): QuestionEntry {
  const longest = (slug: string) => {
    const folder = join('content', 'questions', slug);
    const code = readdirSync(folder).filter((name) => /\.(sql|py)$/.test(name));
    return Math.max(...code.flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n').map((line) => line.length)));
  };
  return questions.reduce((best, question) => (longest(question.id) > longest(best.id) ? question : best));
}

const printed = [...new Set([questionOfTopic('sql'), questionOfTopic('django-orm'), questionWithLongestCodeLine()])];

for (const question of printed) {
  test(`${question.id} prints its answer, code and stored outputs, without controls, and nothing past the margins`, async ({ page }) => {
    // In interview mode the answer is hidden on screen, and the dark theme is on: neither carries
    // over to paper.
    await page.addInitScript((key) => localStorage.setItem(key, 'dark'), THEME_KEY);
    await page.goto(`${questionPath(question)}?interview=1`);
    await expect(page.locator('[data-answer]')).toBeHidden();
    // A link to another site prints its address (no answer links to one yet, so one is added).
    await page.locator('[data-answer]').evaluate((answer) => {
      answer.insertAdjacentHTML('beforeend', '<p>See <a href="https://sqlite.org/lang_select.html">SQLite’s SELECT</a>.</p>');
    });

    // An ORM example's PostgreSQL panel prints what it shows once opened; the first is opened here
    // (the answer is hidden in interview mode, so not with a pointer), the others stay unopened.
    const records = page.locator('[data-pg-record]');
    const firstRecord = records.first();
    if ((await records.count()) > 0) {
      await page.locator('dialect-tabs').first().getByRole('tab', { name: 'PostgreSQL', includeHidden: true }).evaluate((tab) => (tab as HTMLElement).click());
      await expect(firstRecord).toHaveAttribute('data-state', 'loaded');
    }

    const shown = await page.evaluate((chromeSelectors) => ({
      title: document.querySelector('h1')!.textContent!,
      headings: [...document.querySelectorAll('.answer h2')].map((heading) => heading.textContent!),
      code: [...document.querySelectorAll('[data-code] pre, .orm-code pre')].map((pre) => pre.textContent!),
      outputs: [...document.querySelectorAll('[data-expected] table, .orm-output')].map((output) => output.textContent!),
      // Opened: its SQL and rows. Unopened: the one line saying where they are.
      postgresql: [...document.querySelectorAll<HTMLElement>('[data-pg-record]')].map((record) =>
        [...record.querySelectorAll(record.dataset.state === 'loaded' ? '.pg-sql, .pg-output, table, .statement-done, .run-error' : '.pg-record-link')].map(
          (part) => part.textContent!,
        ),
      ),
      // Each stays off paper, as a whole: its text would appear in one run.
      chrome: [...document.querySelectorAll(chromeSelectors)].map((part) => part.textContent!).filter((text) => text.trim()),
    }), chromeSelectors);
    expect(shown.code.length).toBeGreaterThan(0);
    expect(shown.outputs.length).toBeGreaterThan(0);
    // Each PostgreSQL panel prints something, opened or not.
    for (const parts of shown.postgresql) expect(parts.length).toBeGreaterThan(0);

    await test.step('in print, code keeps the light theme’s colours', async () => {
      await page.emulateMedia({ media: 'print' });
      // Tokens carry a class coloured with light-dark() (src/lib/code-themes.ts): print must pick the light one.
      const keyword = page.locator(`.astro-code .${tokenColours.keyword.className}`).first();
      const [printedColour, lightColour] = await keyword.evaluate((span, light) => {
        const probe = document.createElement('span');
        probe.style.color = light;
        document.body.append(probe);
        const expected = getComputedStyle(probe).color;
        probe.remove();
        return [getComputedStyle(span).color, expected];
      }, tokenColours.keyword.light);
      expect(printedColour).toBe(lightColour);
      await page.emulateMedia({ media: null });
    });

    const pages = await printToPdf(page);
    expect(pages.length).toBeGreaterThan(0);
    const text = squeezed(pages.flatMap((printedPage) => printedPage.items.map((item) => item.text)).join(''));

    await test.step('the question, its answer, code and outputs are on paper', async () => {
      for (const part of [shown.title, ...shown.headings, ...shown.code, ...shown.outputs, ...shown.postgresql.flat()]) expect(text).toContain(squeezed(part));
      expect(text).toContain(squeezed('SQLite’s SELECT (https://sqlite.org/lang_select.html)'));
    });

    await test.step('no controls, editor hints or navigation', async () => {
      expect(shown.chrome.length).toBeGreaterThan(5);
      for (const chrome of shown.chrome) expect(text, chrome.trim()).not.toContain(squeezed(chrome));
    });

    await test.step('nothing runs past the right margin: code and tables wrap', async () => {
      for (const [index, { width, items }] of pages.entries()) {
        const edge = width - margin * pointsPerMm + 1; // 1 pt for rounding
        const past = items.filter((item) => item.right > edge).map((item) => `"${item.text}" ends at ${item.right.toFixed(0)} pt`);
        expect(past, `page ${index + 1}: text past the right margin (${edge.toFixed(0)} pt)`).toEqual([]);
      }
    });
  });
}
