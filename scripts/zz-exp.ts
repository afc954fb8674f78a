import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
const port = 4460;
const server = spawn(process.execPath, ['scripts/serve-static.ts', 'dist', String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1000));
const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
const url = `http://127.0.0.1:${port}/questions/django-orm-aggregate/`;
for (const sw of ['allow', 'block', 'allow', 'block', 'allow', 'block'] as const) {
  const context = await browser.newContext({ serviceWorkers: sw });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const stages = await page.evaluate(() => new Promise<string>((resolve) => {
    const ex = document.querySelector('python-example') as HTMLElement;
    const t0 = performance.now(); const log: string[] = [];
    const obs = new MutationObserver(() => {
      const txt = (ex.querySelector('[data-python-progress-label]')?.textContent ?? '').replace(/[\d.]+ MB.*/, '') + '|' + (ex.querySelector('[data-python-status]')?.textContent ?? '');
      log.push(`${(performance.now() - t0).toFixed(0)} ${ex.dataset.state} ${txt}`);
      if (ex.dataset.state === 'done') { obs.disconnect(); resolve(log.filter((l, i, a) => i === 0 || l.split(' ').slice(1).join(' ') !== a[i - 1].split(' ').slice(1).join(' ')).join('\n')); }
    });
    obs.observe(ex, { attributes: true, subtree: true, childList: true, characterData: true });
    ex.querySelector<HTMLButtonElement>('[data-run-python]')!.click();
  }));
  console.log(sw, '\n' + stages.split('\n').filter((l) => !/download/.test(l) || true).slice(-8).join('\n'));
  await context.close();
}
await browser.close(); server.kill();
