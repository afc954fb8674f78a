// Page side of the Python runner: one worker for the page, started when the reader first presses
// Run Python (preparePython) or on the first run, and reused after; terminating it is the only way to stop Python mid-run, and the next run starts a new
// one (from the files the worker cached).
import type { PythonFiles, PythonRequest, PythonResponse, PythonRun, Stage } from './protocol.ts';

// Longer than the SQL runner's 5 s: a reader's loop of a million prints takes ~4 s in Pyodide.
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface PythonRunRequest {
  files: PythonFiles;
  code: string;
  filename: string;
  recordedSql: string;
  timeoutMs?: number;
}

export interface PythonRunOptions {
  /** Aborting it stops the run. */
  signal?: AbortSignal;
  /** A stage of Python's first start began (`loaded`: bytes downloaded so far). */
  onProgress?: (stage: Stage, loaded?: number) => void;
  /** Python is ready and the code begins: the time limit counts from here. */
  onStarted?: () => void;
}

export type PythonOutcome =
  | { kind: 'result'; run: PythonRun; elapsedMs: number }
  | { kind: 'stopped'; reason: 'timeout' | 'cancelled'; elapsedMs: number; timeoutMs: number }
  | { kind: 'failure'; message: string };

interface Pending {
  receive(response: PythonResponse): void;
  /** Posts the request again, to a new worker. */
  resend(): void;
}

let worker: Worker | null = null;
let pythonStarted = false;
let nextRequestId = 1;
const pending = new Map<number, Pending>();

/** True while the worker has Python and Django loaded, so a run starts at once. */
export function isPythonReady(): boolean {
  return pythonStarted;
}

function startWorker(): Worker {
  const created = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = ({ data }: MessageEvent<PythonResponse>) => {
    if (data.kind === 'progress') {
      for (const entry of pending.values()) entry.receive(data);
      return;
    }
    if (data.kind === 'started') pythonStarted = true;
    if (data.kind === 'failure') {
      // The worker ended itself: its answer goes to the request that failed, the others to a new worker.
      dropWorker();
      pending.get(data.requestId)?.receive(data);
      for (const entry of pending.values()) entry.resend();
      return;
    }
    pending.get(data.requestId)?.receive(data);
  };
  created.onerror = (event) => {
    event.preventDefault();
    const message = pythonStarted ? 'Python stopped unexpectedly (out of memory?); the next run starts it again.' : 'Python could not be started: its worker failed to load.';
    dropWorker();
    for (const [requestId, entry] of pending) entry.receive({ kind: 'failure', requestId, message });
  };
  return created;
}

function dropWorker(): void {
  worker?.terminate();
  worker = null;
  pythonStarted = false;
}

/**
 * Starts Python ahead of a run, when the reader presses Run Python: the click comes ~100 ms later,
 * and the run then waits that much less. (Not on hover: that would download 7 MB for a glance.)
 */
export function preparePython(files: PythonFiles): void {
  if (worker) return;
  worker = startWorker();
  worker.postMessage({ kind: 'start', requestId: nextRequestId++, files } satisfies PythonRequest);
}

/** Runs an example's Python in the worker, on a fresh copy of the dataset. */
export function runPython(request: PythonRunRequest, { signal, onProgress, onStarted }: PythonRunOptions = {}): Promise<PythonOutcome> {
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const message: PythonRequest = { kind: 'run', requestId: nextRequestId++, files: request.files, code: request.code, filename: request.filename, recordedSql: request.recordedSql };
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let startedAt = 0;
    const elapsed = () => (startedAt ? performance.now() - startedAt : 0);
    const finish = (outcome: PythonOutcome) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      pending.delete(message.requestId);
      resolve(outcome);
    };
    const stop = (reason: 'timeout' | 'cancelled') => {
      finish({ kind: 'stopped', reason, elapsedMs: elapsed(), timeoutMs });
      dropWorker();
      for (const entry of pending.values()) entry.resend();
    };
    const onAbort = () => stop('cancelled');
    if (signal?.aborted) return resolve({ kind: 'stopped', reason: 'cancelled', elapsedMs: 0, timeoutMs });
    const post = () => {
      clearTimeout(timer);
      startedAt = 0;
      (worker ??= startWorker()).postMessage(message);
    };
    pending.set(message.requestId, {
      receive: (response) => {
        if (response.kind === 'progress') onProgress?.(response.stage, response.loaded);
        else if (response.kind === 'started') {
          startedAt = performance.now();
          timer = setTimeout(() => stop('timeout'), timeoutMs);
          onStarted?.();
        } else if (response.kind === 'result') finish({ kind: 'result', run: response.run, elapsedMs: elapsed() });
        else finish({ kind: 'failure', message: response.message });
      },
      resend: post,
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    post();
  });
}
