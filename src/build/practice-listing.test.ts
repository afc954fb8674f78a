import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentFixture, questionFrontmatter } from './content-fixture.ts';
import { loadContent } from './example-manifest.ts';
import { practiceListing } from './practice-listing.ts';

const challenge = (title: string, difficulty: string, extra = '') =>
  `---\ntitle: ${title}\ndifficulty: ${difficulty}\ncolumns: [a]\nhidden:\n  - name: more\n    hint: There are more rows.\n${extra}---\nReturn \`a\`.\n`;
const files = (dir: string, id: string, front: string) => ({
  [`${dir}/${id}.challenge.md`]: front,
  [`${dir}/${id}.start.sql`]: 'SELECT a FROM t;',
  [`${dir}/${id}.solution.sql`]: 'SELECT a FROM t;',
  [`${dir}/${id}.wrong-none.sql`]: '-- Returns nothing.\nSELECT a FROM t WHERE 0;',
  [`${dir}/${id}.hidden-more.sql`]: 'INSERT INTO t VALUES (3);',
});

test('question challenges take their question\'s topic and tags; the listing goes easy to hard', () => {
  const root = contentFixture({
    'questions/q/index.mdx': `${questionFrontmatter({ tags: '[joins]', title: 'What is a join, really?' })}<Example id="ex" />\n<Challenge id="in-question" />\n`,
    'questions/q/ex.sql': 'SELECT 1;',
    'questions/q/ex.expected.json': '{"tables":[]}',
    ...files('questions/q', 'in-question', challenge('A medium one', 'medium')),
    ...files('practice/alone', 'alone', challenge('An easy one', 'easy', 'dataset: tiny\ntopic: django-orm\ntags: [orm]\nsummary: A practice problem that only exists in a unit test.\n')),
    ...files('practice/first', 'first', challenge('A hard one', 'hard', 'dataset: tiny\ntopic: sql\ntags: [hard]\nsummary: A hard practice problem that only exists in a unit test.\n')),
  });
  const content = loadContent(root);
  assert.deepEqual(content.problems, []);
  assert.deepEqual(
    practiceListing(content.challenges, content.questions).map(({ id, url, topic, tags, summary }) => [id, url, topic, tags, summary]),
    [
      ['in-question', '/questions/q/#in-question', 'sql', ['joins'], 'A challenge in “What is a join, really?”'],
      ['first', '/practice/first/', 'sql', ['hard'], 'A hard practice problem that only exists in a unit test.'],
      ['alone', '/practice/alone/', 'django-orm', ['orm'], 'A practice problem that only exists in a unit test.'],
    ],
  );
});
