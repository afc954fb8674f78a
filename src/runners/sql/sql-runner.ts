// Main-thread side of the runner: one shared worker, started on first use and reused after.
import type { CheckVerdict } from './challenge-grade.ts';
import type { DatabaseSchema } from './database-schema.ts';
import type { ExampleResult } from '../../lib/example-result.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { messageOf } from '../../lib/error-message.ts';

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_MAX_ROWS = 500;

/** Where an example starts from: its dataset and optional setup. */
export interface ExampleSource {
  datasetUrl: string;
  setupSql: string | null;
}

export interface RunRequest extends ExampleSource {
  sql: string;
  timeoutMs?: number;
  maxRows?: number;
}

export interface RunOptions {
  /** Aborting it stops the query. */
  signal?: AbortSignal;
  /** SQLite is loaded and the query begins: its time limit counts from here. */
  onStarted?: () => void;
}

export type RunOutcome =
  | { kind: 'result'; result: ExampleResult; elapsedMs: number }
  | { kind: 'stopped'; reason: 'timeout' | 'cancelled'; elapsedMs: number; timeoutMs: number }
  | { kind: 'failure'; message: string };

type Answer = Exclude<WorkerResponse, { kind: 'started' | 'unavailable' }>;
type Exchange = { kind: 'answer'; answer: Answer; elapsedMs: number } | { kind: 'stopped'; reason: 'timeout' | 'cancelled'; elapsedMs: number };

interface Pending {
  started(): void;
  answer(answer: Answer): void;
  /** Posts the request again, to a new worker. */
  resend(): void;
}

let worker: Worker | null = null;
let sqliteLoaded = false;
let nextRequestId = 1;
const pending = new Map<number, Pending>();
const datasets = new Map<string, Promise<string>>();
const schemas = new Map<string, Promise<DatabaseSchema>>();

/** True while the current worker has sql.js loaded, so a run starts at once. */
export function isSqliteReady(): boolean {
  return sqliteLoaded;
}

function startWorker(): Worker {
  const created = new Worker(new URL('./sql-worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = ({ data }: MessageEvent<WorkerResponse>) => {
    const entry = pending.get(data.requestId);
    if (data.kind === 'started') {
      sqliteLoaded = true;
      entry?.started();
    } else if (data.kind === 'unavailable') {
      abandonWorker(data.message);
    } else {
      entry?.answer(data);
    }
  };
  created.onerror = (event) => {
    event.preventDefault();
    abandonWorker(
      sqliteLoaded
        ? 'SQLite stopped unexpectedly (out of memory?); the next Run starts it again.'
        : 'SQLite could not be loaded: its worker script failed to start.',
    );
  };
  return created;
}

/** The worker cannot run SQLite: every waiting request fails, and the next one gets a new worker. */
function abandonWorker(message: string): void {
  worker?.terminate();
  worker = null;
  sqliteLoaded = false;
  for (const [requestId, entry] of pending) entry.answer({ kind: 'failure', requestId, message });
}

/** Terminates the worker, the only way to stop SQLite mid-query; other requests go to a new one. */
function restartWorker(): void {
  worker?.terminate();
  worker = null;
  sqliteLoaded = false;
  for (const entry of pending.values()) entry.resend();
}

function exchange(message: WorkerRequest, timeoutMs: number, { signal, onStarted }: RunOptions): Promise<Exchange> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let startedAt = 0;
    const elapsed = () => (startedAt ? performance.now() - startedAt : 0);
    const finish = (outcome: Exchange) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      pending.delete(message.requestId);
      resolve(outcome);
    };
    const stop = (reason: 'timeout' | 'cancelled') => {
      finish({ kind: 'stopped', reason, elapsedMs: elapsed() });
      restartWorker();
    };
    const onAbort = () => stop('cancelled');
    if (signal?.aborted) return resolve({ kind: 'stopped', reason: 'cancelled', elapsedMs: 0 });
    const post = () => {
      clearTimeout(timer);
      startedAt = 0;
      (worker ??= startWorker()).postMessage(message);
    };
    pending.set(message.requestId, {
      started: () => {
        startedAt = performance.now();
        timer = setTimeout(() => stop('timeout'), timeoutMs);
        onStarted?.();
      },
      answer: (answer) => finish({ kind: 'answer', answer, elapsedMs: elapsed() }),
      resend: post,
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    post();
  });
}

function fetchDataset(url: string): Promise<string> {
  let text = datasets.get(url);
  if (!text) {
    text = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .catch((error: unknown) => {
        throw new Error(`The example's dataset could not be fetched (${messageOf(error)}).`);
      });
    text.catch(() => datasets.delete(url));
    datasets.set(url, text);
  }
  return text;
}


/** Starts the worker (and with it sql.js's download and compile) and the dataset's fetch. */
function startLoading(source: ExampleSource): void {
  worker ??= startWorker();
  fetchDataset(source.datasetUrl).catch(() => {}); // a failed fetch is retried, and reported, by the Run
}

/**
 * Gets SQLite ready for a Run that is likely to come (the reader points at Run, focuses it or
 * presses it): loads it and opens the example's database once. The first use of SQLite's code is
 * slow (the browser compiles each WebAssembly function on its first call), and opening the
 * database uses most of what a query needs; the schema read on the way is the editor's completion.
 */
export function prepareRun(source: ExampleSource): void {
  startLoading(source);
  loadSchema(source).catch(() => {}); // a Run reports its own failure
}

/** Runs an example's SQL in the worker against a fresh copy of its dataset. */
export async function runExample(request: RunRequest, options: RunOptions = {}): Promise<RunOutcome> {
  // Start the worker (and with it sql.js's download and compile) before waiting for the dataset.
  startLoading(request);
  let datasetSql: string;
  try {
    datasetSql = await fetchDataset(request.datasetUrl);
  } catch (error) {
    return { kind: 'failure', message: messageOf(error) };
  }
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const message: WorkerRequest = {
    kind: 'run',
    requestId: nextRequestId++,
    datasetSql,
    setupSql: request.setupSql,
    sql: request.sql,
    maxRows: request.maxRows ?? DEFAULT_MAX_ROWS,
  };
  const outcome = await exchange(message, timeoutMs, options);
  if (outcome.kind === 'stopped') return { ...outcome, timeoutMs };
  const { answer, elapsedMs } = outcome;
  if (answer.kind === 'result') return { kind: 'result', result: answer.result, elapsedMs };
  return { kind: 'failure', message: answer.kind === 'failure' ? answer.message : `Unexpected answer from the worker: ${answer.kind}` };
}

/** The tables and columns an example starts with (dataset plus setup), read once and cached. */
export function loadSchema(source: ExampleSource): Promise<DatabaseSchema> {
  const key = `${source.datasetUrl}\n${source.setupSql ?? ''}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = (async () => {
      const datasetSql = await fetchDataset(source.datasetUrl);
      const message: WorkerRequest = { kind: 'schema', requestId: nextRequestId++, datasetSql, setupSql: source.setupSql };
      const outcome = await exchange(message, DEFAULT_TIMEOUT_MS, {});
      if (outcome.kind === 'stopped') throw new Error('Reading the schema took too long.');
      if (outcome.answer.kind === 'schema') return outcome.answer.schema;
      throw new Error(outcome.answer.kind === 'failure' ? outcome.answer.message : `Unexpected answer from the worker: ${outcome.answer.kind}`);
    })();
    schema.catch(() => schemas.delete(key));
    schemas.set(key, schema);
  }
  return schema;
}

export interface CheckRequest {
  datasetUrl: string;
  /** Absolute URL of the challenge's key (`/challenges/<id>.json`), which the worker fetches. */
  keyUrl: string;
  query: string;
  timeoutMs?: number;
}

export type CheckOutcome =
  | { kind: 'verdict'; verdict: CheckVerdict; elapsedMs: number }
  | { kind: 'stopped'; reason: 'timeout' | 'cancelled'; elapsedMs: number; timeoutMs: number }
  | { kind: 'failure'; message: string };

/** Grades a challenge answer in the worker: every check dataset fresh, within a Run's time limit. */
export async function checkChallenge(request: CheckRequest, options: RunOptions = {}): Promise<CheckOutcome> {
  prepareRun({ datasetUrl: request.datasetUrl, setupSql: null });
  let datasetSql: string;
  try {
    datasetSql = await fetchDataset(request.datasetUrl);
  } catch (error) {
    return { kind: 'failure', message: messageOf(error) };
  }
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const message: WorkerRequest = { kind: 'check', requestId: nextRequestId++, datasetSql, keyUrl: request.keyUrl, query: request.query };
  const outcome = await exchange(message, timeoutMs, options);
  if (outcome.kind === 'stopped') return { ...outcome, timeoutMs };
  const { answer, elapsedMs } = outcome;
  if (answer.kind === 'verdict') return { kind: 'verdict', verdict: answer.verdict, elapsedMs };
  return { kind: 'failure', message: answer.kind === 'failure' ? answer.message : `Unexpected answer from the worker: ${answer.kind}` };
}
