import assert from 'node:assert/strict';
import { test } from 'node:test';
import initSqlJs from 'sql.js';
import { createRequestHandler, type WorkerRequest, type WorkerResponse } from './protocol.ts';

const loadSqlJs = () => initSqlJs({ useOldExtensionFunctions: false });
const datasetSql = 'CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT); INSERT INTO t VALUES (1, NULL), (2, \'two\');';

/** Sends requests through a handler and collects everything it answers. */
async function exchange(handle: ReturnType<typeof createRequestHandler>, ...requests: WorkerRequest[]): Promise<WorkerResponse[]> {
  const sent: WorkerResponse[] = [];
  for (const request of requests) await handle(request, (response) => sent.push(response));
  return sent;
}

test('a run is announced as started, then answered with its result under the same id', async () => {
  const responses = await exchange(createRequestHandler(loadSqlJs), { kind: 'run', requestId: 7, datasetSql, setupSql: null, sql: 'SELECT b FROM t ORDER BY a;', maxRows: 500 });
  assert.deepEqual(responses, [
    { kind: 'started', requestId: 7 },
    { kind: 'result', requestId: 7, result: { statements: [{ kind: 'rows', sql: 'SELECT b FROM t ORDER BY a;', columns: ['b'], rows: [[null], ['two']], totalRows: 2 }], error: null } },
  ]);
});

test('maxRows caps the rows sent back, and the total is still counted', async () => {
  const sql = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n;';
  const [, answer] = await exchange(createRequestHandler(loadSqlJs), { kind: 'run', requestId: 1, datasetSql: '', setupSql: null, sql, maxRows: 500 });
  assert.equal(answer?.kind, 'result');
  const [table] = answer?.kind === 'result' ? answer.result.statements : [];
  assert.equal(table?.kind === 'rows' && table.rows.length, 500);
  assert.equal(table?.kind === 'rows' && table.totalRows, 100000);
});

test('every request gets a fresh copy: a dropped table is back for the next one', async () => {
  const handle = createRequestHandler(loadSqlJs);
  const responses = await exchange(
    handle,
    { kind: 'run', requestId: 1, datasetSql, setupSql: null, sql: 'DROP TABLE t;', maxRows: 500 },
    { kind: 'run', requestId: 2, datasetSql, setupSql: null, sql: 'SELECT count(*) AS n FROM t;', maxRows: 500 },
  );
  const last = responses.at(-1);
  assert.deepEqual(last?.kind === 'result' && last.result.statements[0], { kind: 'rows', sql: 'SELECT count(*) AS n FROM t;', columns: ['n'], rows: [[2]], totalRows: 1 });
});

test('a schema request answers with the tables after the setup ran', async () => {
  const responses = await exchange(createRequestHandler(loadSqlJs), { kind: 'schema', requestId: 3, datasetSql, setupSql: 'CREATE VIEW v AS SELECT b FROM t;' });
  assert.deepEqual(responses, [
    { kind: 'started', requestId: 3 },
    {
      kind: 'schema',
      requestId: 3,
      schema: [
        {
          name: 't',
          kind: 'table',
          columns: [
            { name: 'a', type: 'INTEGER', primaryKey: true, notNull: false, references: null },
            { name: 'b', type: 'TEXT', primaryKey: false, notNull: false, references: null },
          ],
        },
        { name: 'v', kind: 'view', columns: [{ name: 'b', type: 'TEXT', primaryKey: false, notNull: false, references: null }] },
      ],
    },
  ]);
});

test('a broken dataset or setup is a failure, not a result', async () => {
  const responses = await exchange(createRequestHandler(loadSqlJs), { kind: 'run', requestId: 4, datasetSql, setupSql: 'INSERT INTO missing VALUES (1);', sql: 'SELECT 1;', maxRows: 500 });
  assert.deepEqual(responses, [
    { kind: 'started', requestId: 4 },
    { kind: 'failure', requestId: 4, message: "The example's dataset or setup failed: no such table: missing" },
  ]);
});

test('sql.js failing to load answers "unavailable", saying so', async () => {
  const handle = createRequestHandler(() => Promise.reject(new Error('wasm fetch blocked')));
  const request: WorkerRequest = { kind: 'run', requestId: 5, datasetSql, setupSql: null, sql: 'SELECT 1 AS one;', maxRows: 500 };
  assert.deepEqual(await exchange(handle, request), [{ kind: 'unavailable', requestId: 5, message: 'SQLite (sql.js) could not be loaded: wasm fetch blocked' }]);
});

test('sql.js is loaded once and shared by later requests', async () => {
  let attempts = 0;
  const handle = createRequestHandler(() => {
    attempts += 1;
    return loadSqlJs();
  });
  const request: WorkerRequest = { kind: 'schema', requestId: 6, datasetSql, setupSql: null };
  await Promise.all([exchange(handle, request), exchange(handle, request)]);
  await exchange(handle, request);
  assert.equal(attempts, 1);
});
