import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serializeExpected } from './expected-file.ts';

test('one row per line, and it parses back to the same output', () => {
  const output = { tables: [{ columns: ['a', 'b'], rows: [[1, 'x'], [2, null]] }, { columns: ['n'], rows: [] }] };
  const text = serializeExpected(output);
  assert.deepEqual(JSON.parse(text), output);
  assert.match(text, /\n {8}\[1,"x"\],\n {8}\[2,null\]\n/);
});

test('an error is stored after the tables', () => {
  const text = serializeExpected({ tables: [], error: 'no such table: t' });
  assert.deepEqual(JSON.parse(text), { tables: [], error: 'no such table: t' });
});
