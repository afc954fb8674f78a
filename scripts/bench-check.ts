// `npm run bench`'s timing of a challenge's Check: from the click to the verdict in the page.
import type { Browser, Page } from '@playwright/test';

/** Milliseconds from a click on the challenge's Check button to its verdict being set. */
async function clickCheckAndTime(page: Page, id: string): Promise<number> {
  return page.evaluate(
    (challengeId) =>
      new Promise<number>((resolve, reject) => {
        const challenge = document.querySelector<HTMLElement>(`[data-challenge-id="${challengeId}"]`)!;
        delete challenge.dataset.verdict;
        const observer = new MutationObserver(() => {
          if (!challenge.dataset.verdict) return;
          observer.disconnect();
          if (challenge.dataset.verdict === 'correct') resolve(performance.now() - clicked);
          else reject(new Error(`the solution of ${challengeId} was judged ${challenge.dataset.verdict}: ${challenge.querySelector('[data-verdict-box]')?.textContent}`));
        });
        observer.observe(challenge, { attributes: true, attributeFilter: ['data-verdict'] });
        setTimeout(() => reject(new Error(`challenge ${challengeId} gave no verdict within 15 s`)), 15_000);
        const clicked = performance.now();
        challenge.querySelector<HTMLButtonElement>('[data-check]')!.click();
      }),
    id,
  );
}

/**
 * A reader's first Check on a fresh page (the solution typed into the editor first, which loads
 * the editor and starts SQLite for completion), then Checks a second apart. Every Check grades
 * the visible dataset and each hidden one, the solution passing them all.
 */
export async function checkTimings(browser: Browser, url: string, id: string, solution: string, runs: { cold: number; warm: number }) {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs.cold; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const challenge = page.locator(`[data-challenge-id="${id}"]`);
    await challenge.locator('[data-edit]').click();
    await challenge.and(page.locator('[data-editor="ready"]')).waitFor();
    await challenge.locator('.cm-content').press('ControlOrMeta+a');
    await page.keyboard.insertText(solution);
    cold.push(await clickCheckAndTime(page, id));
    if (i === runs.cold - 1) {
      for (let j = 0; j < runs.warm; j++) {
        await page.waitForTimeout(1000);
        warm.push(await clickCheckAndTime(page, id));
      }
    }
    await context.close();
  }
  return { cold, warm };
}
