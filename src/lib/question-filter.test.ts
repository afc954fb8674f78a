import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterFromSearch, filterToSearch, matchesFilter } from './question-filter.ts';

const question = { topic: 'sql', difficulty: 'medium', tags: ['cte', 'recursive-cte'] };

test('an empty filter keeps every question', () => {
  assert.equal(matchesFilter(question, filterFromSearch('')), true);
});

test('each chosen field must match; a tag matches any of the question tags', () => {
  assert.equal(matchesFilter(question, { topic: 'sql', difficulty: 'medium', tag: 'recursive-cte' }), true);
  assert.equal(matchesFilter(question, { topic: 'django-orm', difficulty: '', tag: '' }), false);
  assert.equal(matchesFilter(question, { topic: '', difficulty: 'easy', tag: '' }), false);
  assert.equal(matchesFilter(question, { topic: '', difficulty: '', tag: 'joins' }), false);
});

test('the URL round-trips, leaves out empty fields and ignores unknown parameters', () => {
  const state = { topic: 'sql', difficulty: '', tag: 'window-functions' };
  assert.equal(filterToSearch(state), '?topic=sql&tag=window-functions');
  assert.deepEqual(filterFromSearch(filterToSearch(state)), state);
  assert.equal(filterToSearch({ topic: '', difficulty: '', tag: '' }), '');
  assert.deepEqual(filterFromSearch('?utm_source=x&difficulty=hard'), { topic: '', difficulty: 'hard', tag: '' });
});
