import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffOutputs, outputsMatch } from './output-diff.ts';

const stored = { tables: [{ columns: ['name'], rows: [['Ada'], ['Linus']] }] };

test('identical outputs match; a changed row does not', () => {
  assert.equal(outputsMatch(stored, structuredClone(stored)), true);
  assert.equal(outputsMatch(stored, { tables: [{ columns: ['name'], rows: [['Ada'], ['Grace']] }] }), false);
});

test('a stored error matches when it is a substring of the actual message', () => {
  assert.equal(outputsMatch({ tables: [], error: 'no such table' }, { tables: [], error: 'no such table: t' }), true);
  assert.equal(outputsMatch({ tables: [], error: 'no such table' }, { tables: [] }), false);
  assert.equal(outputsMatch({ tables: [] }, { tables: [], error: 'boom' }), false);
});

test('the diff marks stored lines with - and actual lines with +', () => {
  const diff = diffOutputs(stored, { tables: [{ columns: ['name'], rows: [['Ada'], ['Grace']] }] });
  assert.equal(diff, ['  -- table 1', '  name', '  "Ada"', '- "Linus"', '+ "Grace"'].join('\n'));
});
