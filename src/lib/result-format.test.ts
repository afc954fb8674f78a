import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changesLabel, clipCellText, formatCell, rowCountLabel, runErrorText, secondsLabel, shownRowsLabel, stoppedText, tableLines } from './result-format.ts';

test('NULL, BLOB and the empty string are told apart from look-alike strings', () => {
  assert.deepEqual(formatCell(null), { text: 'NULL', kind: 'null' });
  assert.deepEqual(formatCell('NULL'), { text: 'NULL', kind: 'text' });
  assert.deepEqual(formatCell(''), { text: '', kind: 'empty' });
  assert.deepEqual(formatCell({ blob: '00ff' }), { text: "x'00ff'", kind: 'blob' });
  assert.deepEqual(formatCell({ blob: '' }), { text: "x''", kind: 'blob' });
  assert.deepEqual(formatCell(2.5), { text: '2.5', kind: 'number' });
  assert.deepEqual(formatCell(false), { text: 'false', kind: 'boolean' });
});

test('markup in a value stays the exact text', () => {
  assert.deepEqual(formatCell('<script>alert(1)</script>'), { text: '<script>alert(1)</script>', kind: 'text' });
});

test('row counts read naturally', () => {
  assert.equal(rowCountLabel(0), '0 rows');
  assert.equal(rowCountLabel(1), '1 row');
  assert.equal(rowCountLabel(12), '12 rows');
  assert.equal(rowCountLabel(100000), '100,000 rows');
});

test('a capped table says how many rows it shows out of how many', () => {
  assert.equal(shownRowsLabel(500, 100000), 'showing the first 500 of 100,000 rows');
  assert.equal(shownRowsLabel(3, 3), '3 rows');
  assert.equal(shownRowsLabel(0, 0), '0 rows');
});

test('statements without rows say what they changed', () => {
  assert.equal(changesLabel(4), '4 rows changed');
  assert.equal(changesLabel(1), '1 row changed');
  assert.equal(changesLabel(0), 'Statement done (no rows changed)');
});

test('errors name their line', () => {
  assert.equal(runErrorText({ message: 'no such table: x', line: 3 }), 'Error on line 3: no such table: x');
});

test('a stopped query says why: the time limit, or the reader', () => {
  assert.equal(secondsLabel(5000), '5 s');
  assert.equal(secondsLabel(1450), '1.5 s');
  assert.equal(stoppedText('timeout', 5003, 5000), 'Stopped: the query ran longer than the 5 s time limit.');
  assert.equal(stoppedText('cancelled', 1234, 5000), 'Stopped after 1.2 s, as you asked.');
});

test('a huge value is cut for display, with a note saying how long it is', () => {
  assert.deepEqual(clipCellText('short'), { text: 'short', note: null });
  assert.deepEqual(clipCellText('x'.repeat(2000)), { text: 'x'.repeat(2000), note: null });
  assert.deepEqual(clipCellText('x'.repeat(123456)), { text: 'x'.repeat(2000), note: '… 123,456 characters in all' });
});

test('plain-text tables quote strings so NULL and "NULL" differ in a diff', () => {
  assert.deepEqual(tableLines({ columns: ['a', 'b'], rows: [[null, 'NULL']] }), ['a | b', 'NULL | "NULL"']);
});
