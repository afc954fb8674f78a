// The worker's Check requests (worker-protocol.ts), driven as sql-worker.ts drives them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import initSqlJs from 'sql.js';
import type { ChallengeKey } from './challenge-grade.ts';
import { createRequestHandler, type WorkerRequest, type WorkerResponse } from './protocol.ts';

const loadSqlJs = () => initSqlJs({ useOldExtensionFunctions: false });
const datasetSql = "CREATE TABLE t (name TEXT, n INTEGER); INSERT INTO t VALUES ('a', 1), ('b', 2);";
const key: ChallengeKey = {
  columns: ['name'],
  ordered: false,
  solution: 'SELECT name FROM t WHERE n > 1;',
  hidden: [{ name: 'secret', hint: 'Some values are above 2.', sql: "INSERT INTO t VALUES ('zebra-hidden-row', 3);" }],
};

function handler(fetched: string[] = []) {
  return createRequestHandler(loadSqlJs, async (url) => {
    fetched.push(url);
    return key;
  });
}

async function check(handle: ReturnType<typeof createRequestHandler>, query: string, requestId = 1): Promise<WorkerResponse[]> {
  const sent: WorkerResponse[] = [];
  const request: WorkerRequest = { kind: 'check', requestId, datasetSql, keyUrl: 'https://site.invalid/challenges/c.json', query };
  await handle(request, (response) => sent.push(response));
  return sent;
}

test('a right answer is announced as started, then judged correct on every dataset', async () => {
  assert.deepEqual(await check(handler(), 'SELECT name AS NAME FROM t WHERE n >= 2;'), [
    { kind: 'started', requestId: 1 },
    { kind: 'verdict', requestId: 1, verdict: { verdict: 'correct', datasets: 2 } },
  ]);
});

test('a wrong answer on the visible data says why, with the differing rows', async () => {
  const [, answer] = await check(handler(), 'SELECT name FROM t;');
  assert.deepEqual(answer, {
    kind: 'verdict',
    requestId: 1,
    verdict: { verdict: 'wrong', failed: { hidden: false, reason: 'Your query returns 2 rows; the expected result has 1 row.', diff: ['+ "a"'] } },
  });
});

test('a failure on hidden data carries its hint only: no rows of it reach the page', async () => {
  const responses = await check(handler(), "SELECT name FROM t WHERE n = 2;");
  assert.deepEqual(responses.at(-1), {
    kind: 'verdict',
    requestId: 1,
    verdict: { verdict: 'wrong', failed: { hidden: true, name: 'secret', hint: 'Some values are above 2.' } },
  });
  assert.doesNotMatch(JSON.stringify(responses), /zebra-hidden-row/);
});

test('a query that fails gets the message a Run shows, as a wrong verdict', async () => {
  const [, answer] = await check(handler(), 'SELECT nme FROM t;');
  assert.deepEqual(answer?.kind === 'verdict' && answer.verdict, {
    verdict: 'wrong',
    failed: { hidden: false, reason: 'Error on line 1: no such column: nme', diff: [] },
  });
});

test('the key is fetched once per challenge; a failed fetch is a failure and is retried next time', async () => {
  const fetched: string[] = [];
  const handle = handler(fetched);
  await check(handle, 'SELECT 1;', 1);
  await check(handle, 'SELECT 2;', 2);
  assert.equal(fetched.length, 1);
  let attempts = 0;
  const flaky = createRequestHandler(loadSqlJs, async () => {
    if (attempts++ === 0) throw new Error('HTTP 503');
    return key;
  });
  assert.deepEqual(await check(flaky, 'SELECT 1;'), [{ kind: 'failure', requestId: 1, message: "The challenge's checks could not be loaded: HTTP 503" }]);
  assert.equal((await check(flaky, 'SELECT name FROM t WHERE n > 1;')).at(-1)?.kind, 'verdict');
});

test('a query that returns 100,000 rows is wrong, with both counts, and only the first rows are kept', async () => {
  const sql = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i AS name FROM n;';
  const [, answer] = await check(handler(), sql);
  const failed = answer?.kind === 'verdict' && answer.verdict.verdict === 'wrong' ? answer.verdict.failed : null;
  assert.equal(failed && !failed.hidden && failed.reason, 'Your query returns 100,000 rows; the expected result has 1 row.');
  assert.ok(JSON.stringify(answer).length < 2000);
});
