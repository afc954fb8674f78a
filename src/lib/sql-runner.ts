// Main-thread side of the runner: one shared worker, created on the first Run and reused after.
import type { ExampleResult } from './example-result.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_MAX_ROWS = 500;

export interface RunRequest {
  datasetUrl: string;
  setupSql: string | null;
  sql: string;
  timeoutMs?: number;
  maxRows?: number;
}

export type RunOutcome =
  | { kind: 'result'; result: ExampleResult; elapsedMs: number }
  | { kind: 'stopped'; reason: 'timeout' | 'cancelled'; elapsedMs: number }
  | { kind: 'failure'; message: string };

interface Pending {
  resolve: (response: WorkerResponse | null) => void;
}

let worker: Worker | null = null;
let nextRequestId = 1;
const pending = new Map<number, Pending>();
const datasets = new Map<string, Promise<string>>();
let sqliteReady = false;

/** True once a run has completed, i.e. sql.js is loaded and compiled. */
export function isSqliteReady(): boolean {
  return sqliteReady;
}

function startWorker(): Worker {
  const created = new Worker(new URL('./sql-worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<WorkerResponse>) => {
    pending.get(event.data.requestId)?.resolve(event.data);
  };
  created.onerror = (event) => {
    event.preventDefault();
    stopWorker();
  };
  return created;
}

/** Ends the worker and everything it was running; the next run starts a fresh one. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
  sqliteReady = false;
  for (const entry of pending.values()) entry.resolve(null);
  pending.clear();
}

function fetchDataset(url: string): Promise<string> {
  let text = datasets.get(url);
  if (!text) {
    text = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`the dataset ${url} could not be fetched (HTTP ${response.status})`);
      return response.text();
    });
    text.catch(() => datasets.delete(url));
    datasets.set(url, text);
  }
  return text;
}

/**
 * Runs an example in the worker. A run that outlives its time limit, or whose `signal` aborts,
 * terminates the worker: that is the only way to stop SQLite mid-query.
 */
export async function runExample(request: RunRequest, signal?: AbortSignal): Promise<RunOutcome> {
  let datasetSql: string;
  try {
    datasetSql = await fetchDataset(request.datasetUrl);
  } catch (error) {
    return { kind: 'failure', message: String(error instanceof Error ? error.message : error) };
  }
  worker ??= startWorker();
  const requestId = nextRequestId++;
  const message: WorkerRequest = {
    requestId,
    datasetSql,
    setupSql: request.setupSql,
    sql: request.sql,
    maxRows: request.maxRows ?? DEFAULT_MAX_ROWS,
  };
  const started = performance.now();
  let stopReason: 'timeout' | 'cancelled' | null = null;
  const response = await new Promise<WorkerResponse | null>((resolve) => {
    const stop = (reason: 'timeout' | 'cancelled') => {
      stopReason = reason;
      stopWorker();
    };
    const timer = setTimeout(() => stop('timeout'), request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const onAbort = () => stop('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    pending.set(requestId, {
      resolve: (value) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        pending.delete(requestId);
        resolve(value);
      },
    });
    worker!.postMessage(message);
  });
  const elapsedMs = performance.now() - started;
  if (response === null) {
    return stopReason
      ? { kind: 'stopped', reason: stopReason, elapsedMs }
      : { kind: 'failure', message: 'The SQLite worker stopped unexpectedly (it may have failed to load).' };
  }
  if (response.kind === 'failure') return { kind: 'failure', message: response.message };
  sqliteReady = true;
  return { kind: 'result', result: response.result, elapsedMs };
}
