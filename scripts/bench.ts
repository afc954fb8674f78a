// `npm run bench`: builds the site and measures it against its speed budget. Prints a table and
// writes bench/results.json. Not part of `npm test`: timings vary with the machine.
//   BENCH_PORT (default 4450) serves the built site; BENCH_PORT + 1 is the Playwright suite's.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { pythonMeasurements } from './bench-python.ts';
import { childCpuTicks, formatTable, formatValue, median, pageWeight, verdict, type Measurement, type Transfer, type TransferKind } from './bench-report.ts';
import { multiplyQuestions } from './multiply-questions.ts';
import { copyProject } from './temp-project.ts';

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 4450);
const COLD_RUNS = 5;
const WARM_RUNS = 10;
const LARGE_SITE_QUESTIONS = 1000;

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

/** Everything a page transfers from a cold cache until the network is idle, with no interaction. */
async function loadTransfers(browser: Browser, url: string): Promise<Transfer[]> {
  const context = await browser.newContext();
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
 * The same for a first Run done as a reader does it with a mouse: the button is held down for
 * 100 ms (a typical press), and the time is counted from the release, when the click happens.
 */
async function pressRunAndTime(page: Page, exampleId: string): Promise<number> {
  await page.locator(`[data-example-id="${exampleId}"] [data-run]`).hover();
  const timing = await startRunTiming(page, exampleId);
  await page.mouse.down();
  await page.waitForTimeout(100);
  await page.mouse.up();
  return timing();
}

/**
 * First Run on a fresh page with an empty cache (sql.js fetched and compiled), and runs after it:
 * a second apart, as a reader reads a result before running again, and back to back. Right after
 * the first Run, V8 is still compiling SQLite's hot functions on the machine's cores; back-to-back
 * runs measure that too.
 */
async function runTimings(browser: Browser, url: string, exampleId: string): Promise<{ cold: number[]; pressed: number[]; warm: number[]; backToBack: number[] }> {
  const cold: number[] = [];
  const pressed: number[] = [];
  const warm: number[] = [];
  const backToBack: number[] = [];
  const freshPage = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    return { context, page };
  };
  for (let i = 0; i < COLD_RUNS; i++) {
    const pressing = await freshPage();
    pressed.push(await pressRunAndTime(pressing.page, exampleId));
    await pressing.context.close();

    const { context, page } = await freshPage();
    cold.push(await clickRunAndTime(page, exampleId));
    if (i === COLD_RUNS - 1) {
      for (let j = 0; j < WARM_RUNS; j++) backToBack.push(await clickRunAndTime(page, exampleId));
      for (let j = 0; j < WARM_RUNS; j++) {
        await page.waitForTimeout(1000);
        warm.push(await clickRunAndTime(page, exampleId));
      }
    }
    await context.close();
  }
  return { cold, pressed, warm, backToBack };
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

  console.log('verifying every example in Node…');
  const verification = await timeNode([join(root, 'scripts/examples.ts')], root);
  add({ name: 'verify every example in Node', value: verification.ms / 1000, unit: 's', target: 5, note: notes(verification.output.trim().split('\n').at(-1), cpuNote(verification)) });

  console.log('running the Django ORM check…');
  const orm = await timeNode([join(root, 'scripts/orm.ts')], root);
  add({ name: 'Django ORM check', value: orm.ms / 1000, unit: 's', note: notes(orm.output.trim().split('\n').at(-1), cpuNote(orm)) });

  const manifest = JSON.parse(readFileSync(join(root, 'dist/examples.json'), 'utf8')) as { examples: PublishedExample[] };
  const pages = [...new Set(manifest.examples.map((e) => e.page))];
  const runnable = manifest.examples.find((e) => (e.expected?.length ?? 0) > 0);
  if (!runnable) throw new Error('no example returns a table to time');

  const stopServer = await serveDist();
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const chromiumVersion = browser.version();
  try {
    console.log(`weighing ${pages.length} question page(s)…`);
    const weights = [];
    for (const page of pages) weights.push({ page, ...pageWeight(await loadTransfers(browser, `http://127.0.0.1:${port}${page}`)) });
    const heaviest = weights.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
    const kb = (bytes: number) => bytes / 1024;
    const of = `heaviest of ${pages.length}: ${heaviest.page}`;
    add({ name: 'question page before interaction, gzip', value: kb(heaviest.total.gzip), unit: 'KB', target: 40, note: of });
    add({ name: 'question page before interaction, raw', value: kb(heaviest.total.raw), unit: 'KB', note: of });
    for (const kind of ['html', 'css', 'js', 'other'] as const) {
      const bytes = heaviest.byKind[kind];
      add({ name: `  ${kind}, gzip / raw`, value: kb(bytes.gzip), unit: 'KB', note: `raw ${kb(bytes.raw).toFixed(1)} KB` });
    }
    const sqlJsOnLoad = [...new Set(weights.flatMap((w) => w.sqlJs))];
    add({ name: 'sql.js or wasm loaded before a Run', value: sqlJsOnLoad.length, unit: 'count', target: 0, note: sqlJsOnLoad.join(' ') || 'none, on every page' });

    const editor = pageWeight(await editorTransfers(browser, `http://127.0.0.1:${port}${runnable.page}`, runnable.id));
    add({ name: 'editor, fetched on the first Edit, gzip', value: kb(editor.total.gzip), unit: 'KB', target: 125, note: `raw ${kb(editor.total.raw).toFixed(1)} KB` });

    console.log(`timing Run (${COLD_RUNS} cold, then ${WARM_RUNS} back to back and ${WARM_RUNS} a second apart) on ${runnable.page}#${runnable.id}…`);
    const { cold, pressed, warm, backToBack } = await runTimings(browser, `http://127.0.0.1:${port}${runnable.page}`, runnable.id);
    const runsNote = (values: number[]) => `median of ${values.length}: ${values.map((v) => Math.round(v)).join(', ')}`;
    add({ name: 'first Run to result table, cold', value: median(cold), unit: 'ms', target: 300, note: runsNote(cold) });
    add({ name: 'first Run, cold, after a 100 ms press', value: median(pressed), unit: 'ms', note: `${runsNote(pressed)}, from the release` });
    add({ name: 'Run to result table, warm (1 s apart)', value: median(warm), unit: 'ms', target: 20, note: runsNote(warm) });
    add({ name: 'Run to result table, back to back', value: median(backToBack), unit: 'ms', note: runsNote(backToBack) });

    console.log('timing Run Python (cold, warm, and the floor: loadPyodide() alone)…');
    for (const measurement of await pythonMeasurements(browser, `http://127.0.0.1:${port}`, join(root, 'dist'))) add(measurement);
  } finally {
    await browser.close();
    await stopServer();
  }

  console.log('running the Playwright suite…');
  const suite = await timeNode([join(root, 'node_modules/.bin/playwright'), 'test', '--reporter=line'], root, {
    env: { E2E_PORT: String(port + 1) },
    mayFail: true,
  });
  const counts = ['passed', 'failed', 'flaky'].flatMap((word) => new RegExp(`(\\d+) ${word}`).exec(suite.output)?.[0] ?? []);
  const outcome = suite.exit === 0 ? counts.join(', ') : `ended with ${suite.exit}: ${counts.join(', ') || 'no result'}`;
  add({ name: 'Playwright suite', value: suite.ms / 1000, unit: 's', note: notes(outcome, cpuNote(suite)) });

  console.log(`building a generated site of ${LARGE_SITE_QUESTIONS} questions in a temporary copy…`);
  const copy = copyProject(root);
  try {
    multiplyQuestions(copy, LARGE_SITE_QUESTIONS);
    const large = await astroBuild(copy);
    add({ name: `build, ${LARGE_SITE_QUESTIONS} questions`, value: large.ms / 1000, unit: 's', target: 120, note: notes(/(\d+) page\(s\) built/.exec(large.output)?.[0], cpuNote(large)) });
  } finally {
    rmSync(copy, { recursive: true, force: true });
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
