import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuestionFrontmatter } from '../schemas/question.ts';
import { listingOrder, neighbours, redirects, relatedQuestions, type QuestionEntry } from './question-navigation.ts';

function question(id: string, data: Partial<QuestionFrontmatter>): QuestionEntry {
  return {
    id,
    data: {
      title: id,
      topic: 'sql',
      difficulty: 'easy',
      tags: ['misc'],
      summary: 'A summary long enough.',
      dataset: 'employees',
      order: 1,
      redirectFrom: [],
      ...data,
    },
  };
}

const questions = [
  question('orm-joins', { topic: 'django-orm', order: 1, tags: ['joins', 'select-related'] }),
  question('windows', { order: 3, tags: ['window-functions'] }),
  question('joins', { order: 1, tags: ['joins'] }),
  question('outer-joins', { order: 2, tags: ['joins', 'null'] }),
  question('nulls', { order: 4, tags: ['null'] }),
];
const ids = (list: QuestionEntry[]) => list.map((entry) => entry.id);

test('the listing is SQL first, then Django ORM, each by order', () => {
  assert.deepEqual(ids(listingOrder(questions)), ['joins', 'outer-joins', 'windows', 'nulls', 'orm-joins']);
});

test('previous and next stay within the topic', () => {
  const { previous, next } = neighbours(questions, 'outer-joins');
  assert.equal(previous?.id, 'joins');
  assert.equal(next?.id, 'windows');
  assert.deepEqual(neighbours(questions, 'joins').previous, undefined);
  assert.deepEqual(neighbours(questions, 'nulls').next, undefined, 'the last SQL question has no next, not an ORM one');
  assert.deepEqual(neighbours(questions, 'orm-joins'), { previous: undefined, next: undefined });
});

test('related questions share a tag: most shared first, same topic before the other topic', () => {
  assert.deepEqual(ids(relatedQuestions(questions, 'joins')), ['outer-joins', 'orm-joins']);
  assert.deepEqual(ids(relatedQuestions(questions, 'outer-joins')), ['joins', 'nulls', 'orm-joins']);
  assert.deepEqual(ids(relatedQuestions(questions, 'windows')), []);
  assert.deepEqual(ids(relatedQuestions(questions, 'outer-joins', 1)), ['joins']);
});

test('redirects map each old slug to its question', () => {
  const renamed = [question('new-name', { redirectFrom: ['old-name', 'older-name'] }), question('other', {})];
  assert.deepEqual(redirects(renamed), [
    { from: 'old-name', to: 'new-name' },
    { from: 'older-name', to: 'new-name' },
  ]);
});

test('a redirect from a live slug, or from a slug claimed twice, is refused', () => {
  assert.throws(() => redirects([question('a', { redirectFrom: ['b'] }), question('b', {})]), /existing question/);
  assert.throws(
    () => redirects([question('a', { redirectFrom: ['old'] }), question('b', { redirectFrom: ['old'] })]),
    /already claimed by a/,
  );
});
