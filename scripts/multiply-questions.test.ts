import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentFixture, questionFrontmatter } from '../src/build/content-fixture.ts';
import { loadContent } from '../src/build/example-manifest.ts';
import { multiplyQuestions } from './multiply-questions.ts';
import { verifyExamples } from './verify-examples.ts';

test('copies get their own slugs, part ids (examples, challenges…), orders and no redirects, and pass every check', async () => {
  const root = contentFixture({
    'questions/a/index.mdx': `${questionFrontmatter({ redirectFrom: '[old-a]' })}\n<Example id="a-one" />\nSee [it](#a-one).\n<Challenge id="a-big" />\n`,
    'questions/a/a-big.challenge.md': '---\ntitle: The values above one\ndifficulty: easy\ncolumns: [a]\nhidden:\n  - name: more\n    hint: There are more rows.\n---\nReturn `a` for the rows where it is above 1.\n',
    'questions/a/a-big.hidden-more.sql': 'INSERT INTO t VALUES (3);',
    'questions/a/a-big.wrong-all.sql': '-- Every row.\nSELECT a FROM t;',
    'questions/a/a-big.start.sql': 'SELECT a FROM t;',
    'questions/a/a-big.solution.sql': 'SELECT a FROM t WHERE a > 1;',
    'questions/a/a-one.sql': 'SELECT count(*) AS n FROM t;',
    'questions/a/a-one.setup.sql': 'INSERT INTO t VALUES (3);',
    'questions/a/a-one.expected.json': '{"tables":[{"columns":["n"],"rows":[[3]]}]}',
    'questions/b/b-one.sql': 'SELECT 1 AS one;',
    'questions/b/b-one.expected.json': '{"tables":[{"columns":["one"],"rows":[[1]]}]}',
    'questions/b/index.mdx': `${questionFrontmatter({ topic: 'django-orm', order: '7' })}\n<Example id="b-one" />\n<PgExample id="b-pg" />\n<Transcript id="b-two" />\n`,
    'questions/b/b-pg.pg.sql': 'SELECT 1;',
    'questions/b/b-pg.pg.expected.json': '{"tables":[]}',
    'questions/b/b-two.transcript.json': '{"steps":[]}',
    'questions/b/b-two.transcript.expected.json': '{"events":[]}',
  });
  multiplyQuestions(root, 5);

  const content = loadContent(root);
  assert.deepEqual(
    content.questions.map((q) => [q.slug, q.frontmatter.topic, q.frontmatter.order, q.frontmatter.redirectFrom, q.exampleIds]),
    [
      ['a', 'sql', 1, ['old-a'], ['a-one']],
      ['a-copy-1', 'sql', 2, [], ['a-one-copy-1']],
      ['a-copy-2', 'sql', 3, [], ['a-one-copy-2']],
      ['b', 'django-orm', 7, [], ['b-one']],
      ['b-copy-1', 'django-orm', 8, [], ['b-one-copy-1']],
    ],
  );
  assert.equal(content.questions[1]!.frontmatter.title, 'What is a fixture question? (copy 1)');
  assert.equal(content.examples.find((e) => e.id === 'a-one-copy-2')!.setup, 'INSERT INTO t VALUES (3);');
  // PostgreSQL examples and transcripts are copied under new ids too (ids are unique across the site).
  assert.deepEqual(content.postgresqlExamples.map((e) => e.id), ['b-pg', 'b-pg-copy-1']);
  assert.deepEqual(content.transcripts.map((t) => t.id), ['b-two', 'b-two-copy-1']);
  // So are challenges: the large-site bench failed on 'challenge id … is already used'.
  assert.deepEqual(content.problems, []);
  assert.deepEqual(content.challenges.map((c) => c.id).sort(), ['a-big', 'a-big-copy-1', 'a-big-copy-2']);
  assert.deepEqual(await verifyExamples(root), { examples: 5, problems: [], updated: [] });
});
