import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentFixture, questionFrontmatter } from '../src/build/content-fixture.ts';
import { verifyChallenges } from './verify-challenges.ts';

const page = `${questionFrontmatter()}<Example id="ex" />\n<Challenge id="big" />\n`;
const challenge = (fields = '') =>
  `---\ntitle: The values above one\ndifficulty: easy\ncolumns: [a]\nhidden:\n  - name: more\n    hint: There are more rows.\n${fields}---\nReturn \`a\` for the rows where it is above 1.\n`;

/** A question with one example and the challenge "big" on the dataset tiny (t.a = 1, 2). */
function fixture(files: Record<string, string>) {
  return contentFixture({
    'questions/a/index.mdx': page,
    'questions/a/ex.sql': 'SELECT 1;',
    'questions/a/ex.expected.json': '{"tables":[{"columns":["1"],"rows":[[1]]}]}',
    'questions/a/big.challenge.md': challenge(),
    'questions/a/big.start.sql': 'SELECT a FROM t;',
    'questions/a/big.solution.sql': 'SELECT a FROM t WHERE a > 1;',
    'questions/a/big.hidden-more.sql': 'INSERT INTO t VALUES (3), (0);',
    'questions/a/big.wrong-first.sql': '-- Only the first row above one.\nSELECT a FROM t WHERE a > 1 LIMIT 1;',
    ...files,
  });
}

test('a sound challenge passes, and the report says which dataset catches each wrong answer', async () => {
  const result = await verifyChallenges(fixture({}));
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.reports, [{ id: 'big', caught: { first: ['more'] } }]);
});

test('a wrong answer that every dataset lets through fails the check', async () => {
  const { problems } = await verifyChallenges(fixture({ 'questions/a/big.wrong-first.sql': '-- Not wrong at all.\nSELECT a FROM t WHERE a >= 2;' }));
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^content\/questions\/a\/big\.wrong-first\.sql: passes every check dataset/);
});

test('a solution must return exactly the columns the frontmatter lists', async () => {
  const { problems } = await verifyChallenges(fixture({ 'questions/a/big.solution.sql': 'SELECT a AS A FROM t WHERE a > 1;' }));
  assert.match(problems[0]!, /big\.solution\.sql: returns the columns A; the frontmatter's "columns" says a/);
});

test('a hidden dataset may only change rows, and must change some', async () => {
  const schema = await verifyChallenges(fixture({ 'questions/a/big.hidden-more.sql': 'ALTER TABLE t ADD COLUMN b;' }));
  assert.match(schema.problems[0]!, /big\.hidden-more\.sql: a hidden dataset only runs INSERT, UPDATE and DELETE/);
  const nothing = await verifyChallenges(fixture({ 'questions/a/big.hidden-more.sql': 'DELETE FROM t WHERE a > 5;' }));
  assert.match(nothing.problems[0]!, /big\.hidden-more\.sql: changes no rows/);
});

test('missing files, a wrong answer without its reason and an unplaced challenge are named', async () => {
  const { problems } = await verifyChallenges(
    fixture({
      'questions/a/big.wrong-first.sql': 'SELECT 1;',
      'questions/a/big.hidden-more.sql': '',
      'questions/a/big.hidden-extra.sql': 'INSERT INTO t VALUES (5);',
      'questions/a/lost.challenge.md': challenge(),
    }),
  );
  assert.deepEqual(problems, [
    'content/questions/a/big.wrong-first.sql: the first line is a comment saying why the answer is wrong: "-- <why, in one sentence>"',
    'content/questions/a/big.hidden-extra.sql: not listed in the frontmatter\'s "hidden" (give it a name and a hint there)',
    'content/questions/a/lost.challenge.md: no <Challenge id="lost" /> in content/questions/a/index.mdx places it',
  ]);
});

test('a practice problem needs its listing fields; a question\'s challenge may not have them', async () => {
  const { problems } = await verifyChallenges(
    fixture({
      'questions/a/big.challenge.md': challenge('topic: sql\n'),
      'practice/alone/alone.challenge.md': challenge('dataset: tiny\ntopic: sql\ntags: [filters]\n'),
    }),
  );
  assert.deepEqual(problems, [
    'content/questions/a/big.challenge.md: frontmatter field "topic": only practice problems (content/practice/<id>/) have one; a question\'s challenge is listed with its question',
    'content/practice/alone/alone.challenge.md: frontmatter field "summary": a practice problem needs one (it is how /practice/ lists it)',
    'content/practice/alone: challenge "alone" needs the starting query shown in the editor in alone.start.sql',
    'content/practice/alone: challenge "alone" needs its reference solution in alone.solution.sql',
    'content/practice/alone: challenge "alone" needs at least one common wrong answer, alone.wrong-<name>.sql',
    'content/practice/alone/alone.challenge.md: frontmatter field "hidden": "more" has no file alone.hidden-more.sql',
  ]);
});

test('a misspelt frontmatter field is reported with the file and the field', async () => {
  const { problems } = await verifyChallenges(fixture({ 'questions/a/big.challenge.md': challenge('orderd: true\n') }));
  assert.deepEqual(problems, ['content/questions/a/big.challenge.md: frontmatter: unknown field "orderd" (the fields are listed in src/schemas/challenge.ts)']);
});
