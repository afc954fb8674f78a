import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verdictText } from './challenge-verdict.ts';

test('a hidden failure says only that it failed, and its hint', () => {
  const text = verdictText({ kind: 'verdict', elapsedMs: 3, verdict: { verdict: 'wrong', failed: { hidden: true, name: 'ties', hint: 'Two share the top.' } } });
  assert.deepEqual(text, { verdict: 'wrong', message: 'Not yet: your query is right on the dataset you see, but fails a hidden check. Hint: Two share the top.', diff: [] });
});

test('a timeout is a wrong verdict with the message a Run shows', () => {
  const text = verdictText({ kind: 'stopped', reason: 'timeout', elapsedMs: 5000, timeoutMs: 5000 });
  assert.deepEqual(text, { verdict: 'wrong', message: 'Stopped: the query ran longer than the 5 s time limit.', diff: [] });
});

test('a failure to load is no verdict at all', () => {
  assert.equal(verdictText({ kind: 'failure', message: 'SQLite could not be loaded.' }).verdict, null);
});
