import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareResults, MAX_DIFF_LINES, sameValue } from './challenge-compare.ts';

const shape = { columns: ['name', 'salary'], ordered: false };
const expected = { columns: ['name', 'salary'], rows: [['Ada', 100], ['Linus', 90], ['Grace', 90]] };

test('the same rows in another order match when order does not matter', () => {
  const actual = { columns: ['NAME', 'Salary'], rows: [['Grace', 90], ['Ada', 100], ['Linus', 90]] };
  assert.deepEqual(compareResults(expected, actual, shape), { match: true });
});

test('right rows in the wrong order fail an ordered challenge, saying so', () => {
  const actual = { columns: ['name', 'salary'], rows: [['Linus', 90], ['Ada', 100], ['Grace', 90]] };
  const verdict = compareResults(expected, actual, { ...shape, ordered: true });
  assert.equal(verdict.match, false);
  assert.match(verdict.match ? '' : verdict.reason, /^Right rows, wrong order/);
  assert.deepEqual(verdict.match ? [] : verdict.diff, ['- row 1: "Ada" | 100', '+ row 1: "Linus" | 90', '- row 2: "Linus" | 90', '+ row 2: "Ada" | 100']);
});

test('a missing column and a misnamed column are reported before any row', () => {
  const fewer = compareResults(expected, { columns: ['name'], rows: [['Ada'], ['Linus'], ['Grace']] }, shape);
  assert.equal(fewer.match ? '' : fewer.reason, 'Your query returns 1 column; the expected result has 2: name, salary.');
  const misnamed = compareResults(expected, { columns: ['name', 'max(salary)'], rows: expected.rows }, shape);
  assert.equal(misnamed.match ? '' : misnamed.reason, 'The columns are named name, salary (in that order): column 2 is named "max(salary)", not "salary".');
});

test('a duplicate row counts: rows are a multiset, not a set', () => {
  const actual = { columns: ['name', 'salary'], rows: [['Ada', 100], ['Linus', 90], ['Linus', 90]] };
  const verdict = compareResults(expected, actual, shape);
  assert.equal(verdict.match ? '' : verdict.reason, 'Some rows differ from the expected result.');
  assert.deepEqual(verdict.match ? [] : verdict.diff, ['- "Grace" | 90', '+ "Linus" | 90']);
});

test('a wrong row count says both counts, from the total when only the first rows were kept', () => {
  const actual = { columns: ['name', 'salary'], rows: [['Ada', 100]] };
  const verdict = compareResults(expected, actual, shape, 100000);
  assert.equal(verdict.match ? '' : verdict.reason, 'Your query returns 100,000 rows; the expected result has 3 rows.');
});

test('NULL, the empty string and 0 are three different values', () => {
  assert.equal(sameValue(null, ''), false);
  assert.equal(sameValue('', 0), false);
  assert.equal(sameValue(null, 0), false);
  assert.equal(sameValue('0', 0), false);
  assert.equal(sameValue(null, null), true);
  const verdict = compareResults({ columns: ['x'], rows: [[null]] }, { columns: ['x'], rows: [['']] }, { columns: ['x'], ordered: false });
  assert.deepEqual(verdict.match ? [] : verdict.diff, ['- NULL', '+ ""']);
});

test('floats agree within a relative tolerance; integers must be exact', () => {
  assert.equal(sameValue(0.1 + 0.2, 0.3), true);
  assert.equal(sameValue(1e12 / 3, 1e12 / 3 + 1e-6), true);
  assert.equal(sameValue(2.5, 2.5001), false);
  assert.equal(sameValue(9007199254740991, 9007199254740990), false);
  assert.equal(sameValue({ blob: '00ff' }, { blob: '00ff' }), true);
  assert.equal(sameValue({ blob: '00ff' }, '00ff'), false);
});

test('the diff stops after the first few differing lines', () => {
  const many = { columns: ['n'], rows: Array.from({ length: 20 }, (_, i) => [i]) };
  const verdict = compareResults(many, { columns: ['n'], rows: Array.from({ length: 20 }, (_, i) => [i + 100]) }, { columns: ['n'], ordered: false });
  assert.equal(verdict.match ? 0 : verdict.diff.length, MAX_DIFF_LINES + 1);
  assert.equal(verdict.match ? '' : verdict.diff.at(-1), '… and 34 more differing lines');
});
