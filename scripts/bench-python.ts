// The Python figures of `npm run bench` (Run Python on an ORM example, src/elements/python-example-
// element.ts), measured in the built site: the bytes of the first run (gzip), the first run from the
// click to its output, cold (empty cache, Python downloaded and started; a bare click, and a reader's
// 100 ms press, which starts Python as it begins) and warm, and in the same run the floor:
// loadPyodide() alone in a worker, with the same files. Targets: cold ≤ 2 × floor, warm ≤ 100 ms.
// Alone, on an already built site:
//   node scripts/bench-python.ts     (BENCH_PORT, default 4450, serves dist)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { formatTable, median, pageWeight, runsNote, type Measurement, type Transfer } from './bench-report.ts';

const COLD_RUNS = 3;
const WARM_RUNS = 10;

/**
 * What a context (its pages, their workers and the service worker) fetches from the network from now
 * on, with the bodies. A file the service worker fetches is reported twice, for its own fetch and
 * for the response it gives the page or worker that asked: only the first is a transfer.
 */
function recordTransfers(context: BrowserContext): () => Promise<Transfer[]> {
  const pending: Promise<Transfer | null>[] = [];
  context.on('response', (response) => {
    if (response.fromServiceWorker()) return;
    pending.push(response.body().then((body) => ({ url: response.url(), kind: 'other' as const, body }), () => null));
  });
  return async () => (await Promise.all(pending)).filter((transfer) => transfer !== null);
}

/** The stages a first run goes through after downloading, each seen when its progress label (or, for the code's run, the status) appears. */
const PROGRESS = '[data-python-progress-label]';
const STAGE_MARKS = [
  ['starting Python', PROGRESS, /^Starting Python/],
  ['loading Django', PROGRESS, /^Loading Django/],
  ['loading the data', PROGRESS, /^Loading the data/],
  ['running the code', '[data-python-status]', /^Running… \(stops/],
] as const;

interface TimedRun {
  /** Milliseconds from the click to the output. */
  ms: number;
  /** Milliseconds from the click to each of STAGE_MARKS seen (a first run's). */
  marks: Record<string, number>;
  /** Milliseconds from the press (pointerdown) to the click, when it was pressed. */
  pressMs?: number;
}

type TimedWindow = Window & { pythonTiming?: Promise<TimedRun> };

/**
 * Times runs from a click on Run Python to its output in the page; the example must match its
 * recording. `press`: clicked as a reader does with a mouse, a 100 ms press (pressing starts
 * Python: python-example-element.ts), timed from the release; else a bare click.
 */
async function timeRunPython(context: BrowserContext, url: string, exampleId: string, runs: number, pauseMs: number, press = false): Promise<TimedRun[]> {
  const page = context.pages()[0] ?? (await context.newPage());
  if (page.url() !== url) await page.goto(url, { waitUntil: 'networkidle' });
  const button = page.locator(`[data-example-id="${exampleId}"] python-example [data-run-python]`);
  const times: TimedRun[] = [];
  for (let i = 0; i < runs; i++) {
    if (i > 0) await page.waitForTimeout(pauseMs);
    await page.evaluate(
      ({ id, marks }) => {
        const example = document.querySelector(`[data-example-id="${id}"] python-example`) as HTMLElement;
        (window as TimedWindow).pythonTiming = new Promise<TimedRun>((resolve, reject) => {
          let clicked = 0;
          let pressed = 0;
          const button = example.querySelector('[data-run-python]')!;
          button.addEventListener('pointerdown', () => (pressed = performance.now()), { capture: true, once: true });
          button.addEventListener('click', () => (clicked = performance.now()), { capture: true, once: true });
          const seen: Record<string, number> = {};
          const observer = new MutationObserver(() => {
            if (!clicked) return;
            const now = performance.now() - clicked;
            for (const [name, selector, pattern] of marks) {
              if (!(name in seen) && new RegExp(pattern).test(example.querySelector(selector)?.textContent ?? '')) seen[name] = now;
            }
            if (example.dataset.state !== 'done') return;
            observer.disconnect();
            const comparison = example.querySelector('[data-python-comparison]')!.textContent ?? '';
            if (comparison.startsWith('Matches')) resolve({ ms: now, marks: seen, ...(pressed ? { pressMs: clicked - pressed } : {}) });
            else reject(new Error(`Run Python on ${id}: ${comparison || example.querySelector('[data-python-output]')?.textContent}`));
          });
          observer.observe(example, { attributes: true, attributeFilter: ['data-state'], childList: true, subtree: true, characterData: true });
        });
      },
      { id: exampleId, marks: STAGE_MARKS.map(([name, selector, pattern]) => [name, selector, pattern.source] as const) },
    );
    if (press) {
      await button.hover();
      await page.mouse.down();
      await page.waitForTimeout(100);
      await page.mouse.up();
    } else {
      await button.evaluate((run: HTMLButtonElement) => run.click());
    }
    times.push(await page.evaluate(() => (window as TimedWindow).pythonTiming!));
  }
  return times;
}

/** The median time of each stage of the cold runs, from one mark to the next (downloading: from the click). */
function stagesNote(runs: TimedRun[]): string {
  const names = ['downloading', ...STAGE_MARKS.map(([name]) => name)];
  const durations = names.map((name, i) => {
    const each = runs.map(({ ms, marks }) => (i + 1 < names.length ? marks[names[i + 1]!] : ms)! - (i === 0 ? 0 : marks[name]!));
    return `${name} ${Math.round(median(each))}`;
  });
  return `stages, median ms: ${durations.join(', ')}`;
}

/** Milliseconds from `new Worker()` to loadPyodide() resolved in it, on an empty cache, with the site's files. */
async function timeFloor(browser: Browser, origin: string, files: { pyodide: string; stdlib: string }): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A page and a worker of the site's origin made up for the figure (the site's pages have a CSP).
  await page.route(`${origin}/bench-floor.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>floor</title>' }));
  await page.route(`${origin}/bench-floor.mjs`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `const { loadPyodide } = await import(${JSON.stringify(files.pyodide + 'pyodide.mjs')});
await loadPyodide({ indexURL: ${JSON.stringify(files.pyodide)}, stdLibURL: ${JSON.stringify(files.stdlib)} });
postMessage('ready');`,
    }),
  );
  await page.goto(`${origin}/bench-floor.html`);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const worker = new Worker('/bench-floor.mjs', { type: 'module' });
        worker.onmessage = () => resolve(performance.now() - started);
        worker.onerror = (event) => reject(new Error(`loadPyodide failed: ${event.message}`));
      }),
  );
  await context.close();
  return ms;
}

export async function pythonMeasurements(browser: Browser, origin: string, distDir: string): Promise<Measurement[]> {
  const manifest = JSON.parse(readFileSync(join(distDir, 'examples.json'), 'utf8')) as { examples: { id: string; page: string; postgresql?: unknown }[] };
  const example = manifest.examples.find((candidate) => candidate.postgresql !== undefined); // an ORM example
  if (!example) throw new Error('no ORM example to time');
  const url = `${origin}${example.page}`;
  const html = await (await fetch(url)).text();
  const filesAttribute = /data-python-files="([^"]*)"/.exec(html)?.[1];
  if (!filesAttribute) return [{ name: 'Run Python', value: 0, unit: 'count', note: 'not measured: the site was built without Django' }];
  const files = JSON.parse(filesAttribute.replaceAll('&quot;', '"')) as { pyodide: string; stdlib: string };

  const cold: TimedRun[] = [];
  const pressed: TimedRun[] = [];
  const floor: number[] = [];
  let firstRunBytes = { gzip: 0, raw: 0 };
  let warm: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    floor.push(await timeFloor(browser, origin, files));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const transfers = recordTransfers(context);
    cold.push(...(await timeRunPython(context, url, example.id, 1, 0)));
    if (i === 0) firstRunBytes = pageWeight(await transfers()).total;
    if (i === COLD_RUNS - 1) warm = (await timeRunPython(context, url, example.id, WARM_RUNS, 1000)).map((run) => run.ms);
    await context.close();
    const pressing = await browser.newContext();
    await (await pressing.newPage()).goto(url, { waitUntil: 'networkidle' });
    pressed.push(...(await timeRunPython(pressing, url, example.id, 1, 0, true)));
    await pressing.close();
  }
  const floorMs = median(floor);
  const coldMs = cold.map((run) => run.ms);
  const pressedMs = pressed.map((run) => run.ms);
  return [
    { name: 'first Run Python, bytes fetched, gzip', value: firstRunBytes.gzip / 1024, unit: 'KB', note: `raw ${(firstRunBytes.raw / 1024).toFixed(0)} KB, on ${example.page}#${example.id}` },
    { name: 'floor: loadPyodide() alone in a worker, cold', value: floorMs, unit: 'ms', note: runsNote(floor) },
    { name: 'first Run Python to output, cold', value: median(coldMs), unit: 'ms', target: 2 * floorMs, note: `${runsNote(coldMs)}; target 2 × the floor; ${stagesNote(cold)}` },
    { name: '  the same / floor', value: median(coldMs) / floorMs, unit: 'x', target: 2 },
    { name: 'first Run Python, cold, a 100 ms press', value: median(pressedMs), unit: 'ms', note: `${runsNote(pressedMs)}; from the release; Python starts on the press, which lasted ${runsNote(pressed.map((run) => run.pressMs!))} ms; ${stagesNote(pressed)}` },
    { name: '  the same / floor', value: median(pressedMs) / floorMs, unit: 'x' },
    { name: 'Run Python to output, warm (1 s apart)', value: median(warm), unit: 'ms', target: 100, note: runsNote(warm) },
  ];
}

if (import.meta.main) {
  const port = Number(process.env.BENCH_PORT ?? 4450);
  const { spawn } = await import('node:child_process');
  const server = spawn(process.execPath, ['scripts/serve-static.ts', 'dist', String(port), '/'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    console.log(formatTable(await pythonMeasurements(browser, `http://127.0.0.1:${port}`, 'dist')));
  } finally {
    await browser.close();
    server.kill();
  }
}
