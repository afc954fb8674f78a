/// <reference lib="webworker" />
// The Web Worker that owns sql.js: loaded on the first Run, so pages never pay for it up front.
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { openExampleDatabase, runSql } from './run-sql.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

const sqlJs = initSqlJs({ useOldExtensionFunctions: false, locateFile: () => wasmUrl });

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  let SQL: Awaited<typeof sqlJs>;
  try {
    SQL = await sqlJs;
  } catch (error) {
    return { requestId: request.requestId, kind: 'failure', message: `SQLite (sql.js) could not be loaded: ${String(error)}` };
  }
  let db;
  try {
    db = openExampleDatabase(SQL, request.datasetSql, request.setupSql);
  } catch (error) {
    return { requestId: request.requestId, kind: 'failure', message: `The example's dataset or setup failed: ${String(error)}` };
  }
  try {
    return { requestId: request.requestId, kind: 'result', result: runSql(db, request.sql, { maxRows: request.maxRows }) };
  } finally {
    db.close();
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  self.postMessage(await handle(event.data));
};
