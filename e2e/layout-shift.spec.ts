// Nothing moves while a page loads: the static HTML reserves the place of everything its scripts
// show. Cumulative layout shift is measured as browsers report it (layout-shift entries without
// recent input), on a phone-sized and a desktop viewport, with every custom element upgraded only
// after the static page has been painted, as on a slow phone (on this machine the scripts would
// often run before the first paint, and hide a shift).
import { expect, test } from '@playwright/test';
import { questionPath, questions } from './questions.ts';

const LIMIT = 0.02;
const pages = ['', ...questions.map(questionPath)];

type ShiftWindow = Window & { layoutShift: number; shifts: string[]; upgrade: () => void };

for (const viewport of [
  { width: 412, height: 823 }, // Lighthouse's mobile screen
  { width: 1350, height: 940 }, // and its desktop one
]) {
  test(`no page shifts its layout as it loads and its scripts run, at ${viewport.width}×${viewport.height}`, async ({ browser, baseURL }) => {
    test.slow(); // every page
    const context = await browser.newContext({ baseURL, viewport });
    await context.addInitScript(() => {
      const shiftWindow = window as unknown as ShiftWindow;
      shiftWindow.layoutShift = 0;
      shiftWindow.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (entry.hadRecentInput) continue;
          shiftWindow.layoutShift += entry.value;
          const moved = (entry.sources ?? []).map(({ node }) => (node instanceof Element ? `<${node.localName} class="${node.className}">` : String(node?.nodeName)));
          shiftWindow.shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
      // Custom elements are defined only when the test says so, after the first paint.
      const define = customElements.define.bind(customElements);
      const waiting: Parameters<typeof define>[] = [];
      customElements.define = (...definition) => void waiting.push(definition);
      shiftWindow.upgrade = () => {
        customElements.define = define;
        for (const definition of waiting.splice(0)) define(...definition);
      };
    });
    const page = await context.newPage();
    const frames = (count: number) =>
      page.evaluate((n) => new Promise<void>((resolve) => {
        const next = () => (n-- > 0 ? requestAnimationFrame(next) : resolve());
        next();
      }), count);
    let worst = { path: '', layoutShift: 0 };
    for (const path of pages) {
      await page.goto(path, { waitUntil: 'load' });
      await frames(3);
      await page.evaluate(() => (window as unknown as ShiftWindow).upgrade());
      await page.waitForLoadState('networkidle');
      await frames(3);
      const { layoutShift, shifts } = await page.evaluate(() => ({ layoutShift: (window as unknown as ShiftWindow).layoutShift, shifts: (window as unknown as ShiftWindow).shifts }));
      if (layoutShift >= worst.layoutShift) worst = { path, layoutShift };
      expect.soft(layoutShift, `${path || 'the home page'} shifted: ${shifts.join('; ')}`).toBeLessThanOrEqual(LIMIT);
      // A page without any shift would also pass if the elements never upgraded: check they did.
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((element) => element.localName.includes('-') && !element.matches(':defined')).map((element) => element.localName))).toEqual([]);
    }
    await context.close();
    test.info().annotations.push({ type: 'largest layout shift', description: `${worst.layoutShift.toFixed(4)} on /${worst.path}` });
  });
}
