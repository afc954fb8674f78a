import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PythonRun } from '../runners/python/protocol.ts';
import { comparisonText } from './python-run-view.ts';

const run = (changes: Partial<PythonRun> = {}): PythonRun => ({
  output: "<QuerySet ['Books']>\n",
  cutLines: 0,
  errorLine: null,
  queryCount: 1,
  queries: [],
  sqlMatches: true,
  ...changes,
});
const recorded = { output: "<QuerySet ['Books']>", queries: 1 };

test('a run that prints the recorded output with the recorded SQL matches', () => {
  assert.equal(comparisonText(run(), recorded, false), 'Matches the recorded run: the same output and the same SQL.');
  assert.equal(comparisonText(run(), recorded, true), 'Your edit gives the same output and SQL as the recorded run.');
});

test('what differs is named: the output, the query count, or the SQL of as many queries', () => {
  assert.equal(comparisonText(run({ output: 'other\n' }), recorded, false), 'Differs from the recorded run: the output differs.');
  assert.equal(
    comparisonText(run({ queryCount: 3, sqlMatches: false }), recorded, true),
    'Compared with the recorded run of the original code: 3 queries instead of 1.',
  );
  assert.equal(comparisonText(run({ sqlMatches: false }), recorded, false), 'Differs from the recorded run: the SQL differs.');
  assert.equal(comparisonText(run({ cutLines: 5 }), recorded, false), 'Differs from the recorded run: the output differs.', 'cut output is never the same');
});
