import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { contentFixture, questionFrontmatter } from '../src/build/content-fixture.ts';
import { scaffoldChallenge } from './scaffold-challenge.ts';
import { verifyChallenges } from './verify-challenges.ts';

const question = () =>
  contentFixture({
    'questions/a/index.mdx': `${questionFrontmatter()}<Example id="ex" />\n`,
    'questions/a/ex.sql': 'SELECT 1;',
    'questions/a/ex.expected.json': '{"tables":[{"columns":["1"],"rows":[[1]]}]}',
  });

test('a challenge scaffolded beside a question is placed on its page and passes every check', async () => {
  const root = question();
  const created = await scaffoldChallenge(root, { id: 'count-t', question: 'a' });
  assert.deepEqual(created.problems, []);
  assert.match(readFileSync(join(root, 'content/questions/a/index.mdx'), 'utf8'), /\n<Challenge id="count-t" \/>\n$/);
  const checked = await verifyChallenges(root);
  assert.deepEqual(checked.problems, []);
  assert.deepEqual(checked.reports, [{ id: 'count-t', caught: { 'hard-coded': ['one-fewer'] } }]);
});

test('a practice problem needs a dataset, and its folder is content/practice/<id>/', async () => {
  const root = question();
  await assert.rejects(scaffoldChallenge(root, { id: 'alone' }), /a practice problem needs --dataset <name>/);
  const created = await scaffoldChallenge(root, { id: 'alone', dataset: 'tiny' });
  assert.deepEqual(created.problems, []);
  assert.ok(created.files.includes('content/practice/alone/alone.solution.sql'));
  await assert.rejects(scaffoldChallenge(root, { id: 'alone', dataset: 'tiny' }), /the id "alone" is already used/);
});
