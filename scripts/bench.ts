// `npm run bench`: builds the site and measures it against its speed budget. Prints a table and
// writes bench/results.json. Not part of `npm test`: timings vary with the machine.
//   npm run bench -- pages run lighthouse   builds, then measures only those parts (see SECTIONS)
//   BENCH_PORT (default 4450) serves the built site; BENCH_PORT + 1 is the Playwright suite's,
//   BENCH_PORT + 2 Chromium's debugging port for Lighthouse.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import lighthouse from 'lighthouse';
import playwrightConfig from '../playwright.config.ts';
import { checkTimings } from './bench-check.ts';
import { pythonMeasurements } from './bench-python.ts';
import { childCpuTicks, formatTable, formatValue, median, pageWeight, runsNote, verdict, type Measurement, type Transfer, type TransferKind } from './bench-report.ts';
import { multiplyQuestions } from './multiply-questions.ts';
import { copyProject } from './temp-project.ts';
import { loadContent } from '../src/build/example-manifest.ts';

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 4450);
const COLD_RUNS = 5;
const WARM_RUNS = 10;
const LARGE_SITE_QUESTIONS = 1000;
const PAGE_BUDGET_KB = 25;
/** The first Run, cold, as a reader does it, may take this many times the floor (see floorTiming). */
const COLD_RUN_BUDGET = 2.5;
const LIGHTHOUSE_MINIMUM = 98;
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const SECTIONS = ['examples', 'challenges', 'orm', 'pages', 'editor', 'run', 'check', 'python', 'lighthouse', 'suite', 'large'] as const;
const chosen = process.argv.slice(2);
for (const name of chosen) if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`unknown bench section "${name}": choose from ${SECTIONS.join(', ')}`);
const measures = (section: (typeof SECTIONS)[number]) => chosen.length === 0 || chosen.includes(section);

interface Finished {
  /** The exit code, or the signal that ended it. */
  exit: number | string;
  ms: number;
  /** CPU time (user + system) it used, all its processes together; null where it cannot be read. */
  cpuMs: number | null;
  output: string;
}

// Wall time depends on what else the machine runs; CPU time much less, so both are reported.
const ticksPerSecond = existsSync('/proc/self/stat') ? Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) : 0;
const childCpuMs = () => (ticksPerSecond ? (childCpuTicks(readFileSync('/proc/self/stat', 'utf8')) * 1000) / ticksPerSecond : null);

/**
 * Runs `node <args>` in `cwd` and times it. Unless `mayFail`, a failure throws with the end of its
 * output (nothing after a failed build can be measured); a failing test suite is itself a figure.
 */
function timeNode(args: string[], cwd: string, { env = {}, mayFail = false }: { env?: Record<string, string>; mayFail?: boolean } = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childCpuMs();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const cpuAfter = childCpuMs();
      const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      const exit = code ?? signal ?? 'unknown';
      if (exit === 0 || mayFail) resolve({ exit, ms, cpuMs, output });
      else reject(new Error(`node ${args.join(' ')} (in ${cwd}) ended with ${exit}:\n${output.slice(-3000)}`));
    });
  });
}

const astroBuild = (cwd: string) => timeNode([join(root, 'node_modules/.bin/astro'), 'build'], cwd);

/** Serves dist/ the way the tests do, until the returned function is called. */
async function serveDist(): Promise<() => Promise<unknown>> {
  const server = spawn(process.execPath, [join(root, 'scripts/serve-static.ts'), join(root, 'dist'), String(port), '/'], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`the static server exited (is port ${port} taken? set BENCH_PORT)`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      // Wait for its exit, so its CPU time is not counted in the next command's.
      return () => new Promise((resolve) => server.once('exit', resolve).kill());
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.kill();
  throw new Error(`the static server did not answer on port ${port}`);
}

function kindOf(resourceType: string): TransferKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  return 'other';
}

/**
 * Everything a page transfers from a cold cache until the network is idle, with no interaction.
 * Without the service worker: it comes after the page has loaded, and once for the whole site.
 */
async function loadTransfers(browser: Browser, url: string): Promise<Transfer[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending: Promise<Transfer | null>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), kind: kindOf(response.request().resourceType()), body }),
        () => null, // a redirect or an aborted request has no body
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const transfers = (await Promise.all(pending)).filter((t) => t !== null);
  await context.close();
  return transfers;
}

/** The scripts a page fetches when the reader first clicks Edit (the editor), sql.js left out. */
async function editorTransfers(browser: Browser, url: string, exampleId: string): Promise<Transfer[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const pending: Promise<Transfer | null>[] = [];
  page.on('response', (response) => {
    if (kindOf(response.request().resourceType()) !== 'js' || /sql-wasm|sql-worker/.test(response.url())) return;
    pending.push(response.body().then((body) => ({ url: response.url(), kind: 'js' as const, body }), () => null));
  });
  const example = page.locator(`[data-example-id="${exampleId}"]`);
  await example.locator('[data-edit]').click();
  await example.and(page.locator('[data-editor="ready"]')).waitFor();
  const transfers = (await Promise.all(pending)).filter((t) => t !== null);
  await context.close();
  return transfers;
}

type TimedWindow = Window & { runTiming?: Promise<number> };

/**
 * Starts timing, inside the page, from the next click on an example's Run button to its result
 * table being in the page; the returned function waits for the figure.
 */
async function startRunTiming(page: Page, exampleId: string): Promise<() => Promise<number>> {
  await page.evaluate((id) => {
    const example = document.querySelector<HTMLElement>(`[data-example-id="${id}"]`)!;
    (window as TimedWindow).runTiming = new Promise<number>((resolve, reject) => {
      let clicked = 0;
      example.querySelector('[data-run]')!.addEventListener('click', () => (clicked = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!clicked || example.dataset.state !== 'done') return;
        observer.disconnect();
        if (example.querySelector('[data-live-result] table')) resolve(performance.now() - clicked);
        else reject(new Error(`example ${id} showed no table: ${example.querySelector('[data-live-result]')?.textContent}`));
      });
      observer.observe(example, { subtree: true, childList: true, attributes: true });
      setTimeout(() => reject(new Error(`example ${id} showed no result table within 15 s`)), 15_000);
    });
  }, exampleId);
  return () => page.evaluate(() => (window as TimedWindow).runTiming!);
}

/** Milliseconds from a click on an example's Run button to its result table being in the page. */
async function clickRunAndTime(page: Page, exampleId: string): Promise<number> {
  const timing = await startRunTiming(page, exampleId);
  await page.evaluate((id) => document.querySelector<HTMLButtonElement>(`[data-example-id="${id}"] [data-run]`)!.click(), exampleId);
  return timing();
}

/**
 * The same for a first Run done as a reader does it with a mouse: the pointer comes over the
 * button, 100 ms later presses it for 100 ms (a typical press); the time is counted from the
 * release, when the click happens. Pointing at Run already starts SQLite (sql-example-element.ts).
 */
async function readerRunAndTime(page: Page, exampleId: string): Promise<number> {
  await page.locator(`[data-example-id="${exampleId}"] [data-run]`).hover();
  const timing = await startRunTiming(page, exampleId);
  await page.waitForTimeout(100);
  await page.mouse.down();
  await page.waitForTimeout(100);
  await page.mouse.up();
  return timing();
}

/**
 * The floor a cold Run is held to: a bare worker (no site code) fetching and compiling sql.js's
 * wasm from an empty cache, timed from its creation, in a page of the site's origin without scripts.
 */
async function floorTiming(browser: Browser, wasmUrl: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/robots.txt`);
  const ms = await page.evaluate(async (url) => {
    const started = performance.now();
    const source = 'onmessage = async (event) => { await WebAssembly.compileStreaming(fetch(event.data)); postMessage("compiled"); };';
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    const compiled = new Promise((resolve) => (worker.onmessage = resolve));
    worker.postMessage(new URL(url, location.href).href);
    await compiled;
    return performance.now() - started;
  }, wasmUrl);
  await context.close();
  return ms;
}

/**
 * First Run on a fresh page with an empty cache (sql.js fetched and compiled): as a reader does it,
 * and as a bare click (no pointer over Run first, so nothing is loaded before it), each beside a
 * floor measured just before it; then runs a second apart, as a reader reads a result before
 * running again, and back to back. Right after the first Run, V8 is still compiling SQLite's hot
 * functions on the machine's cores; back-to-back runs measure that too.
 */
async function runTimings(browser: Browser, url: string, exampleId: string, wasmUrl: string) {
  const floor: number[] = [];
  const reader: number[] = [];
  const click: number[] = [];
  const warm: number[] = [];
  const backToBack: number[] = [];
  const freshPage = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    return { context, page };
  };
  for (let i = 0; i < COLD_RUNS; i++) {
    floor.push(await floorTiming(browser, wasmUrl));
    const pointing = await freshPage();
    reader.push(await readerRunAndTime(pointing.page, exampleId));
    await pointing.context.close();

    const { context, page } = await freshPage();
    click.push(await clickRunAndTime(page, exampleId));
    if (i === COLD_RUNS - 1) {
      for (let j = 0; j < WARM_RUNS; j++) backToBack.push(await clickRunAndTime(page, exampleId));
      for (let j = 0; j < WARM_RUNS; j++) {
        await page.waitForTimeout(1000);
        warm.push(await clickRunAndTime(page, exampleId));
      }
    }
    await context.close();
  }
  return { floor, reader, click, warm, backToBack };
}

/** Lighthouse's scores for a page (mobile, its default), the layout shift it measured and the metrics behind its performance score. */
async function lighthouseScores(url: string): Promise<{ scores: Record<string, number>; cls: number; metrics: string }> {
  const debuggingPort = port + 2;
  const launchOptions = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), `--remote-debugging-port=${debuggingPort}`] });
  try {
    const result = await lighthouse(url, { port: debuggingPort, output: 'json', logLevel: 'error', onlyCategories: LIGHTHOUSE_CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.message}`);
    const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    const metric = (id: string, label: string) => `${label} ${audits[id]?.displayValue ?? '?'}`;
    const metrics = [metric('first-contentful-paint', 'FCP'), metric('largest-contentful-paint', 'LCP'), metric('total-blocking-time', 'TBT'), metric('speed-index', 'SI')].join(', ');
    return { scores, cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN, metrics };
  } finally {
    await browser.close();
  }
}

interface PublishedExample {
  id: string;
  page: string;
  expected?: unknown[];
}

const cpuNote = (run: Finished) => (run.cpuMs === null ? '' : `CPU ${(run.cpuMs / 1000).toFixed(1)} s`);
const notes = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ');

async function main() {
  const load = { cores: availableParallelism(), before: loadavg()[0]!, after: 0 };
  const measurements: Measurement[] = [];
  const add = (m: Measurement) => {
    measurements.push(m);
    console.log(`  ${m.name.trim()}: ${formatValue(m.value, m.unit)} ${verdict(m)}`.trimEnd());
  };

  console.log('building the site…');
  const build = await astroBuild(root);
  add({ name: 'build, this site', value: build.ms / 1000, unit: 's', note: notes(/(\d+) page\(s\) built/.exec(build.output)?.[0], cpuNote(build)) });

  if (measures('examples')) {
    console.log('verifying every example in Node…');
    const verification = await timeNode([join(root, 'scripts/examples.ts')], root);
    add({ name: 'verify every example in Node', value: verification.ms / 1000, unit: 's', target: 5, note: notes(verification.output.trim().split('\n').at(-1), cpuNote(verification)) });
  }

  if (measures('challenges')) {
    console.log('checking every challenge in Node…');
    const challengeCheck = await timeNode([join(root, 'scripts/challenges.ts')], root);
    add({ name: 'check every challenge in Node', value: challengeCheck.ms / 1000, unit: 's', note: notes(challengeCheck.output.trim().split('\n').at(-1), cpuNote(challengeCheck)) });
  }

  if (measures('orm')) {
    console.log('running the Django ORM check…');
    const orm = await timeNode([join(root, 'scripts/orm.ts')], root);
    add({ name: 'Django ORM check', value: orm.ms / 1000, unit: 's', note: notes(orm.output.trim().split('\n').at(-1), cpuNote(orm)) });
  }

  const manifest = JSON.parse(readFileSync(join(root, 'dist/examples.json'), 'utf8')) as { examples: PublishedExample[] };
  const pages = [...new Set(manifest.examples.map((e) => e.page))];
  const runnable = manifest.examples.find((e) => (e.expected?.length ?? 0) > 0);
  if (!runnable) throw new Error('no example returns a table to time');
  const wasm = readdirSync(join(root, 'dist/_astro')).find((file) => file.endsWith('.wasm'));
  if (!wasm) throw new Error('no wasm file in dist/_astro');
  const kb = (bytes: number) => bytes / 1024;
  let heaviestPage = runnable.page;

  const stopServer = await serveDist();
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const chromiumVersion = browser.version();
  try {
    if (measures('pages')) {
      console.log(`weighing ${pages.length} question page(s)…`);
      const weights = [];
      for (const page of pages) weights.push({ page, ...pageWeight(await loadTransfers(browser, `http://127.0.0.1:${port}${page}`)) });
      const heaviest = weights.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
      heaviestPage = heaviest.page;
      const of = `heaviest of ${pages.length}: ${heaviest.page}`;
      add({ name: 'question page before interaction, gzip', value: kb(heaviest.total.gzip), unit: 'KB', target: PAGE_BUDGET_KB, note: of });
      add({ name: '  the same, as a share of its budget', value: kb(heaviest.total.gzip) / PAGE_BUDGET_KB, unit: 'x', target: 1, note: `of ${PAGE_BUDGET_KB} KB` });
      add({ name: 'question page before interaction, raw', value: kb(heaviest.total.raw), unit: 'KB', note: of });
      for (const kind of ['html', 'css', 'js', 'other'] as const) {
        const bytes = heaviest.byKind[kind];
        add({ name: `  ${kind}, gzip / raw`, value: kb(bytes.gzip), unit: 'KB', note: `raw ${kb(bytes.raw).toFixed(1)} KB` });
      }
      const lightest = weights.reduce((a, b) => (b.total.gzip < a.total.gzip ? b : a));
      add({ name: '  lightest question page, gzip', value: kb(lightest.total.gzip), unit: 'KB', note: lightest.page });
      const over = weights.filter((w) => kb(w.total.gzip) > PAGE_BUDGET_KB).map((w) => `${w.page} ${kb(w.total.gzip).toFixed(1)} KB`);
      add({ name: 'question pages over the budget', value: over.length, unit: 'count', target: 0, note: over.join(', ') || `none of ${pages.length}` });
      const sqlJsOnLoad = [...new Set(weights.flatMap((w) => w.sqlJs))];
      add({ name: 'sql.js or wasm loaded before a Run', value: sqlJsOnLoad.length, unit: 'count', target: 0, note: sqlJsOnLoad.join(' ') || 'none, on every page' });
    }

    if (measures('editor')) {
      const editor = pageWeight(await editorTransfers(browser, `http://127.0.0.1:${port}${runnable.page}`, runnable.id));
      add({ name: 'editor, fetched on the first Edit, gzip', value: kb(editor.total.gzip), unit: 'KB', target: 125, note: `raw ${kb(editor.total.raw).toFixed(1)} KB` });
    }

    if (measures('run')) {
      console.log(`timing Run (${COLD_RUNS} cold each way, then ${WARM_RUNS} back to back and ${WARM_RUNS} a second apart) on ${runnable.page}#${runnable.id}…`);
      const { floor, reader, click, warm, backToBack } = await runTimings(browser, `http://127.0.0.1:${port}${runnable.page}`, runnable.id, `/_astro/${wasm}`);
      add({ name: 'floor: a bare worker fetches and compiles the wasm', value: median(floor), unit: 'ms', note: runsNote(floor) });
      add({ name: 'first Run, cold, pointer over Run then a click', value: median(reader), unit: 'ms', note: `${runsNote(reader)}; from the release of a 100 ms press, 100 ms after the pointer came over Run` });
      add({ name: '  the same / floor', value: median(reader) / median(floor), unit: 'x', target: COLD_RUN_BUDGET });
      add({ name: 'first Run, cold, a bare click', value: median(click), unit: 'ms', note: `${runsNote(click)}; nothing pointed at Run before` });
      add({ name: '  the same / floor', value: median(click) / median(floor), unit: 'x' });
      add({ name: 'Run to result table, warm (1 s apart)', value: median(warm), unit: 'ms', target: 20, note: runsNote(warm) });
      add({ name: 'Run to result table, back to back', value: median(backToBack), unit: 'ms', note: runsNote(backToBack) });
    }


    const challenge = loadContent(root).challenges[0];
    if (measures('check') && challenge) {
      const url = `http://127.0.0.1:${port}${challenge.url.replace(/#.*$/, '')}`;
      console.log(`timing Check (${COLD_RUNS} cold, then ${WARM_RUNS} a second apart) on ${challenge.url}…`);
      const checks = await checkTimings(browser, url, challenge.id, challenge.solution, { cold: COLD_RUNS, warm: WARM_RUNS });
      const datasets = `${1 + challenge.hidden.length} datasets`;
      add({ name: 'first Check to verdict, cold', value: median(checks.cold), unit: 'ms', note: `${runsNote(checks.cold)}; ${datasets}` });
      add({ name: 'Check to verdict, warm (1 s apart)', value: median(checks.warm), unit: 'ms', note: `${runsNote(checks.warm)}; ${datasets}` });
    }

    if (measures('lighthouse')) {
      const otherPage = pages.find((page) => page !== heaviestPage && page === runnable.page) ?? pages.find((page) => page !== heaviestPage)!;
      for (const page of ['/', heaviestPage, otherPage]) {
        console.log(`Lighthouse (mobile) on ${page}…`);
        const { scores, cls, metrics } = await lighthouseScores(`http://127.0.0.1:${port}${page}`);
        for (const id of LIGHTHOUSE_CATEGORIES) {
          add({ name: `Lighthouse ${id}, ${page}`, value: scores[id]!, unit: 'score', minimum: LIGHTHOUSE_MINIMUM, note: id === 'performance' ? metrics : undefined });
        }
        add({ name: `  cumulative layout shift, ${page}`, value: cls, unit: 'shift', target: 0.02 });
      }
    }

    if (measures('python')) {
      console.log('timing Run Python (cold, warm, and the floor: loadPyodide() alone)…');
      for (const measurement of await pythonMeasurements(browser, `http://127.0.0.1:${port}`, join(root, 'dist'))) add(measurement);
    }
  } finally {
    await browser.close();
    await stopServer();
  }

  if (measures('suite')) {
    console.log('running the Playwright suite…');
    const suite = await timeNode([join(root, 'node_modules/.bin/playwright'), 'test', '--reporter=line'], root, {
      env: { E2E_PORT: String(port + 1) },
      mayFail: true,
    });
    const counts = ['passed', 'failed', 'flaky'].flatMap((word) => new RegExp(`(\\d+) ${word}`).exec(suite.output)?.[0] ?? []);
    const outcome = suite.exit === 0 ? counts.join(', ') : `ended with ${suite.exit}: ${counts.join(', ') || 'no result'}`;
    add({ name: 'Playwright suite', value: suite.ms / 1000, unit: 's', note: notes(outcome, cpuNote(suite)) });
  }

  if (measures('large')) {
    console.log(`building a generated site of ${LARGE_SITE_QUESTIONS} questions in a temporary copy…`);
    const copy = copyProject(root);
    try {
      multiplyQuestions(copy, LARGE_SITE_QUESTIONS);
      const large = await astroBuild(copy);
      add({ name: `build, ${LARGE_SITE_QUESTIONS} questions`, value: large.ms / 1000, unit: 's', target: 120, note: notes(/(\d+) page\(s\) built/.exec(large.output)?.[0], cpuNote(large)) });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }

  load.after = loadavg()[0]!;
  console.log(`\n${formatTable(measurements)}`);
  const busy = Math.max(load.before, load.after) > load.cores;
  console.log(`\nmachine: ${load.cores} cores, load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after`);
  if (busy) console.log('the machine was busy: wall times are inflated (CPU times much less so); run again when it is idle');
  mkdirSync(join(root, 'bench'), { recursive: true });
  const results = { date: new Date().toISOString(), node: process.version, chromium: chromiumVersion, load, measurements };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
  const missed = measurements.filter((m) => verdict(m) === 'MISSED');
  if (missed.length > 0) console.log(`missed: ${missed.map((m) => m.name).join('; ')}`);
}

await main();
