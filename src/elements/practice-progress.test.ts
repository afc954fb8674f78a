import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextStatus } from './practice-progress.ts';

test('a right Check solves a challenge, and it stays solved after a later wrong one', () => {
  assert.equal(nextStatus(undefined, false), 'attempted');
  assert.equal(nextStatus('attempted', true), 'solved');
  assert.equal(nextStatus('solved', false), 'solved');
});
