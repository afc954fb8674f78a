// Run Python in Firefox: Pyodide and the worker's Cache API work there too. Playwright's Firefox
// cannot be downloaded on every machine, so this drives the system's firefox-esr with
// puppeteer-core over WebDriver BiDi; without it the test is skipped, saying so.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { loadContent } from '../src/build/example-manifest.ts';
import { expect, test } from '@playwright/test';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const example = loadContent(process.cwd()).examples.find((candidate) => candidate.orm !== null)!;

test('Run Python in Firefox gives the recorded output', async ({ baseURL }) => {
  test.skip(!existsSync(FIREFOX), `no Firefox at ${FIREFOX} (set FIREFOX_PATH)`);
  test.setTimeout(180_000);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(new URL(example.page.slice(1), baseURL).href);
    const selector = `[data-example-id="${example.id}"] python-example`;
    await page.click(`${selector} [data-run-python]`);
    await page.waitForFunction((s) => document.querySelector<HTMLElement>(s)?.dataset.state === 'done', { timeout: 150_000 }, selector);
    const shown = await page.$eval(selector, (element) => ({
      output: element.querySelector('[data-python-output]')!.textContent,
      comparison: element.querySelector('[data-python-comparison]')!.textContent,
    }));
    expect(shown.output).toBe(example.orm!.output ? `${example.orm!.output}\n` : '');
    expect(shown.comparison).toBe('Matches the recorded run: the same output and the same SQL.');
  } finally {
    await browser.close();
  }
});
