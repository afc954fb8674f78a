/// <reference lib="webworker" />
// The Web Worker that owns sql.js: started on the first Run, so pages never pay for it up front.
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { createRequestHandler, type WorkerRequest } from './worker-protocol.ts';

const handle = createRequestHandler(() => initSqlJs({ useOldExtensionFunctions: false, locateFile: () => wasmUrl }));

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data, (response) => self.postMessage(response));
};
