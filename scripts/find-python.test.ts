import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canImportDjango, findPython, pythonCandidates } from './find-python.ts';

test('candidates are $PYTHON, then python3, then /usr/bin/python3, without repeats', () => {
  assert.deepEqual(pythonCandidates({ PYTHON: '/opt/py/bin/python' }), ['/opt/py/bin/python', 'python3', '/usr/bin/python3']);
  assert.deepEqual(pythonCandidates({}), ['python3', '/usr/bin/python3']);
  assert.deepEqual(pythonCandidates({ PYTHON: '' }), ['python3', '/usr/bin/python3']);
  assert.deepEqual(pythonCandidates({ PYTHON: 'python3' }), ['python3', '/usr/bin/python3']);
});

test('the first candidate that has Django wins; none gives null', () => {
  const tried: string[] = [];
  const hasDjango = (python: string) => (tried.push(python), python !== 'python3');
  assert.equal(findPython(['python3', '/usr/bin/python3', 'other'], hasDjango), '/usr/bin/python3');
  assert.deepEqual(tried, ['python3', '/usr/bin/python3']);
  assert.equal(findPython(['python3'], () => false), null);
});

test('a program that does not exist cannot import Django', () => {
  assert.equal(canImportDjango('/nonexistent/python3'), false);
});
