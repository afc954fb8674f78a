import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCell, rowCountLabel, tableLines } from './result-format.ts';

test('NULL, BLOB and the empty string are told apart from look-alike strings', () => {
  assert.deepEqual(formatCell(null), { text: 'NULL', kind: 'null' });
  assert.deepEqual(formatCell('NULL'), { text: 'NULL', kind: 'text' });
  assert.deepEqual(formatCell(''), { text: '', kind: 'empty' });
  assert.deepEqual(formatCell({ blob: '00ff' }), { text: "x'00ff'", kind: 'blob' });
  assert.deepEqual(formatCell(2.5), { text: '2.5', kind: 'number' });
});

test('row counts read naturally', () => {
  assert.equal(rowCountLabel(0), '0 rows');
  assert.equal(rowCountLabel(1), '1 row');
  assert.equal(rowCountLabel(12), '12 rows');
});

test('plain-text tables quote strings so NULL and "NULL" differ in a diff', () => {
  assert.deepEqual(tableLines({ columns: ['a', 'b'], rows: [[null, 'NULL']] }), ['a | b', 'NULL | "NULL"']);
});
