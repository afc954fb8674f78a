import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExampleResult } from './example-result.ts';
import { compareWithStored } from './stored-output-compare.ts';

const stored = { tables: [{ columns: ['name'], rows: [['Ada'], ['Linus']] }] };
const run = (rows: (string | null)[][], error: string | null = null): ExampleResult => ({
  statements: [{ kind: 'rows', sql: 'SELECT name FROM t', columns: ['name'], rows, totalRows: rows.length }],
  error: error === null ? null : { message: error, line: 1 },
});

test('the same rows in the same order match the stored output', () => {
  assert.deepEqual(compareWithStored(stored, run([['Ada'], ['Linus']])), { match: true });
});

test('an example\'s order is part of its output', () => {
  const verdict = compareWithStored(stored, run([['Linus'], ['Ada']]));
  assert.equal(verdict.match ? '' : verdict.reason, 'Right rows, wrong order.');
});

test('a changed row is shown as a diff, and errors are compared too', () => {
  const changed = compareWithStored(stored, run([['Ada'], [null]]));
  assert.deepEqual(changed.match ? [] : changed.diff, ['- "Linus"', '+ NULL']);
  const failed = compareWithStored(stored, run([['Ada'], ['Linus']], 'no such table: x'));
  assert.equal(failed.match ? '' : failed.reason, 'This run stopped with an error: no such table: x');
  assert.deepEqual(compareWithStored({ tables: [], error: 'no such table' }, { statements: [], error: { message: 'no such table: x', line: 1 } }), { match: true });
});
