/// <reference lib="webworker" />
// The Web Worker that owns sql.js: started when a reader first presses Run, so pages never pay for
// it up front.
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { createRequestHandler, type WorkerRequest } from './protocol.ts';

// Loading starts with the worker, so the wasm download and compile overlap the dataset fetch.
const sqlJs = initSqlJs({ useOldExtensionFunctions: false, locateFile: () => wasmUrl });
sqlJs.catch(() => {}); // a failed load is reported to the first request, not as an unhandled rejection
const handle = createRequestHandler(() => sqlJs);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data, (response) => self.postMessage(response));
};
