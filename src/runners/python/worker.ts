/// <reference lib="webworker" />
// The Web Worker that runs Django in Pyodide. The page starts it on the reader's first Run Python and
// terminates it to stop a run; a new one then starts from the files cached here (Cache API).
import type { PyodideAPI } from 'pyodide';
import { inflated, unpackBundle } from './bundle-archive.ts';
import type { PythonFiles, PythonRequest, PythonResponse, Stage } from './protocol.ts';
import { messageOf } from '../../lib/error-message.ts';

type RunInPython = (code: string, filename: string, recordedSql: string) => string;

const CACHE = 'handbook-python';
let python: Promise<RunInPython> | null = null;


/**
 * The site's Python files through the Cache API, counting the bytes downloaded: Pyodide fetches its
 * wasm and standard library with the worker's fetch, which this replaces. File names carry a version
 * or hash, so a cached copy never goes stale. Without the Cache API (plain http), the network.
 */
function cachingFetch(files: PythonFiles, onBytes: (bytes: number) => void, onRuntimeLoaded: () => void): typeof fetch {
  const network = self.fetch.bind(self);
  const runtime = [`${files.pyodide}pyodide.asm.wasm`, files.stdlib];
  const cached = new Set([...runtime, files.django]);
  const pending = new Set(runtime);
  const done = (url: string) => {
    if (pending.delete(url) && pending.size === 0) onRuntimeLoaded();
  };
  const opened = self.caches ? caches.open(CACHE) : Promise.resolve(null);
  // Files of an earlier build (other names) are not needed again.
  void opened.then(async (cache) => {
    for (const request of (await cache?.keys()) ?? []) if (!cached.has(request.url)) await cache!.delete(request);
  });
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
    if (!cached.has(url)) return network(input, init);
    const cache = await opened;
    const hit = await cache?.match(url);
    if (hit) {
      done(url);
      return hit;
    }
    const response = await network(url);
    if (!response.ok || !response.body) return response;
    const [forCache, forCaller] = cache ? response.body.tee() : [null, response.body];
    if (forCache) void cache!.put(url, new Response(forCache, { headers: response.headers })).catch(() => {});
    const counting = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onBytes(chunk.byteLength);
        controller.enqueue(chunk);
      },
      flush: () => done(url),
    });
    return new Response(forCaller.pipeThrough(counting), { status: response.status, headers: response.headers });
  };
}

async function fetchOk(url: string, what: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} could not be fetched (HTTP ${response.status})`);
  return response;
}

async function startPython(files: PythonFiles, progress: (stage: Stage, loaded?: number) => void): Promise<RunInPython> {
  let loaded = 0;
  self.fetch = cachingFetch(
    files,
    (bytes) => progress('download', (loaded += bytes)),
    () => progress('start'),
  );
  progress('download', 0);
  // Fetched alongside Pyodide's own files, and inflated while Python starts; awaited once it runs.
  const django = fetchOk(files.django, 'The Django bundle').then((response) => response.arrayBuffer()).then(inflated);
  const dataset = fetchOk(files.dataset, 'The dataset').then((response) => response.text());
  django.catch(() => {});
  dataset.catch(() => {});
  const { loadPyodide } = (await import(/* @vite-ignore */ `${files.pyodide}pyodide.mjs`)) as { loadPyodide: (options: object) => Promise<PyodideAPI> };
  const pyodide = await loadPyodide({ indexURL: files.pyodide, stdLibURL: files.stdlib, stdout: () => {}, stderr: () => {} });
  progress('django');
  unpackBundle(pyodide.FS, new Uint8Array(await django), '/home/pyodide/bundle');
  pyodide.runPython('import sys; sys.path[:0] = ["/home/pyodide/bundle/project", "/home/pyodide/bundle/packages"]');
  const run = pyodide.pyimport('pyodide_run');
  progress('data');
  run.load_dataset(await dataset);
  return run.run as RunInPython;
}

self.onmessage = async ({ data: request }: MessageEvent<PythonRequest>) => {
  const { requestId } = request;
  const send = (response: PythonResponse) => self.postMessage(response);
  let runInPython: RunInPython;
  try {
    python ??= startPython(request.files, (stage, loaded) => send({ kind: 'progress', stage, ...(loaded === undefined ? {} : { loaded }) }));
    runInPython = await python;
  } catch (error) {
    send({ kind: 'failure', requestId, message: `Python could not be started: ${messageOf(error)}` });
    self.close(); // a half-started Pyodide is not reused: the next run gets a new worker
    return;
  }
  send({ kind: 'started', requestId });
  if (request.kind === 'start') return;
  try {
    send({ kind: 'result', requestId, run: JSON.parse(runInPython(request.code, request.filename, request.recordedSql)) });
  } catch (error) {
    // What the harness does not catch ended Python itself (SystemExit, or wasm out of memory).
    send({ kind: 'failure', requestId, message: `The code stopped Python: ${messageOf(error).trim().split('\n').at(-1)}; the next run starts it again.` });
    self.close();
  }
};
