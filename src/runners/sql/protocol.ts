// The messages between the page and the SQLite worker, and the worker's side of the exchange as
// a plain function (sql-worker.ts only wires it to postMessage), so Node tests can drive it.
import type { SqlJsStatic } from 'sql.js';
import { gradeChallenge, type ChallengeKey, type CheckVerdict } from './challenge-grade.ts';
import { readSchema, type DatabaseSchema } from './database-schema.ts';
import type { ExampleResult } from '../../lib/example-result.ts';
import { openExampleDatabase, runSql } from './run-sql.ts';
import { messageOf } from '../../lib/error-message.ts';

/** Main thread → worker. Each request works on its own fresh copy of the dataset. */
export type WorkerRequest =
  | { kind: 'run'; requestId: number; datasetSql: string; setupSql: string | null; sql: string; maxRows: number }
  | { kind: 'schema'; requestId: number; datasetSql: string; setupSql: string | null }
  /** Grades `query` against a challenge; the worker fetches its key (solution, hidden datasets) itself. */
  | { kind: 'check'; requestId: number; datasetSql: string; keyUrl: string; query: string };

/** Worker → main thread. Every request gets `started` (unless SQLite failed to load), then one answer. */
export type WorkerResponse =
  /** SQLite is loaded and the request's work begins: its time limit counts from here. */
  | { kind: 'started'; requestId: number }
  | { kind: 'result'; requestId: number; result: ExampleResult }
  | { kind: 'schema'; requestId: number; schema: DatabaseSchema }
  | { kind: 'verdict'; requestId: number; verdict: CheckVerdict }
  /** The example itself could not be set up (its dataset or setup SQL failed). */
  | { kind: 'failure'; requestId: number; message: string }
  /** sql.js could not be loaded; this worker never will (sql.js keeps the failed load), so replace it. */
  | { kind: 'unavailable'; requestId: number; message: string };


/** A challenge's key, `/challenges/<id>.json`: fetched by the worker, so hidden rows never reach the page. */
async function fetchChallengeKey(url: string): Promise<ChallengeKey> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as ChallengeKey;
}

/** The worker's request handler. sql.js is loaded on the first request and shared by the next. */
export function createRequestHandler(loadSqlJs: () => Promise<SqlJsStatic>, loadKey: (url: string) => Promise<ChallengeKey> = fetchChallengeKey) {
  let sqlJs: Promise<SqlJsStatic> | null = null;
  const keys = new Map<string, Promise<ChallengeKey>>();

  async function check(SQL: SqlJsStatic, request: Extract<WorkerRequest, { kind: 'check' }>, send: (response: WorkerResponse) => void) {
    const { requestId } = request;
    let key = keys.get(request.keyUrl);
    if (!key) keys.set(request.keyUrl, (key = loadKey(request.keyUrl)));
    try {
      await key;
    } catch (error) {
      keys.delete(request.keyUrl);
      send({ kind: 'failure', requestId, message: `The challenge's checks could not be loaded: ${messageOf(error)}` });
      return;
    }
    send({ kind: 'started', requestId });
    try {
      send({ kind: 'verdict', requestId, verdict: gradeChallenge(SQL, request.datasetSql, await key, request.query) });
    } catch (error) {
      send({ kind: 'failure', requestId, message: messageOf(error) });
    }
  }

  return async function handle(request: WorkerRequest, send: (response: WorkerResponse) => void): Promise<void> {
    const { requestId } = request;
    let SQL: SqlJsStatic;
    try {
      SQL = await (sqlJs ??= loadSqlJs());
    } catch (error) {
      send({ kind: 'unavailable', requestId, message: `SQLite (sql.js) could not be loaded: ${messageOf(error)}` });
      return;
    }
    if (request.kind === 'check') return check(SQL, request, send);
    send({ kind: 'started', requestId });
    let db;
    try {
      db = openExampleDatabase(SQL, request.datasetSql, request.setupSql);
    } catch (error) {
      send({ kind: 'failure', requestId, message: `The example's dataset or setup failed: ${messageOf(error)}` });
      return;
    }
    try {
      send(
        request.kind === 'run'
          ? { kind: 'result', requestId, result: runSql(db, request.sql, { maxRows: request.maxRows }) }
          : { kind: 'schema', requestId, schema: readSchema(db) },
      );
    } finally {
      db.close();
    }
  };
}
