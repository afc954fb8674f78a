import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { contentFixture, questionFrontmatter } from '../src/build/content-fixture.ts';
import { loadContent } from '../src/build/example-manifest.ts';
import { scaffoldQuestion, slugFromTitle, type QuestionDraft } from './scaffold-question.ts';
import { contentProblems, verifyExamples } from './verify-examples.ts';

/** A temporary project root holding a copy of the real content/. */
function copyOfContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-new-'));
  cpSync(join(import.meta.dirname, '..', 'content'), join(root, 'content'), { recursive: true });
  return root;
}

const draft: QuestionDraft = {
  title: 'What is the difference between WHERE and HAVING?',
  topic: 'sql',
  difficulty: 'easy',
  tags: ['aggregates', 'having'],
  dataset: 'employees',
  summary: 'WHERE filters rows before grouping; HAVING filters the groups after it.',
};

test('slugs keep the subject of a title and drop how the question opens', () => {
  assert.equal(slugFromTitle('What is the difference between WHERE and HAVING?'), 'where-and-having');
  assert.equal(slugFromTitle('How do you write a recursive query for hierarchical data?'), 'write-recursive-query-for-hierarchical-data');
  assert.equal(slugFromTitle("What's a CTE?"), 'cte');
  assert.equal(slugFromTitle('Ünïcode: IS NULL vs = NULL'), 'unicode-is-null-vs-null');
});

test('a scaffolded question passes every check at once, with its example output recorded', async () => {
  const root = copyOfContent();
  const before = loadContent(root);
  const created = await scaffoldQuestion(root, draft);
  assert.deepEqual(created, {
    slug: 'where-and-having',
    exampleId: 'where-and-having-first-look',
    files: [
      'content/questions/where-and-having/index.mdx',
      'content/questions/where-and-having/where-and-having-first-look.sql',
      'content/questions/where-and-having/where-and-having-first-look.expected.json',
    ],
    problems: [],
  });
  assert.deepEqual(await verifyExamples(root), { examples: before.examples.length + 1, problems: [], updated: [] });

  const question = loadContent(root).questions.find((q) => q.slug === 'where-and-having')!;
  const lastSqlOrder = Math.max(...before.questions.filter((q) => q.frontmatter.topic === 'sql').map((q) => q.frontmatter.order));
  assert.deepEqual(question.frontmatter, { ...draft, order: lastSqlOrder + 1, redirectFrom: [] });
  assert.deepEqual(question.exampleIds, ['where-and-having-first-look']);
  const expected = JSON.parse(readFileSync(join(root, created.files[2]!), 'utf8'));
  assert.ok(expected.tables[0].rows.length > 0, 'the example selects real rows from the dataset');
});

test('an ORM question starts on its dataset with an "orm-" example id, ready to become an OrmExample', async () => {
  const root = copyOfContent();
  const created = await scaffoldQuestion(root, {
    ...draft,
    title: 'How do you count related objects with annotate?',
    topic: 'django-orm',
    tags: ['annotate'],
    dataset: 'shop',
  });
  assert.equal(created.exampleId, 'orm-count-related-objects-first-look');
  assert.deepEqual(contentProblems(root).problems, []);
  assert.match(readFileSync(join(root, created.files[0]!), 'utf8'), /write orm-count-related-objects-first-look\.py, rename the tag below to OrmExample/);
});

test('an existing folder, an unknown dataset and a bad tag are refused, naming what is wrong', async () => {
  const root = copyOfContent();
  await scaffoldQuestion(root, draft);
  await assert.rejects(scaffoldQuestion(root, draft), { message: 'content/questions/where-and-having/ already exists; choose another title or pass --slug' });
  await assert.rejects(scaffoldQuestion(root, { ...draft, slug: 'other', dataset: 'nope' }), /^Error: there is no dataset content\/datasets\/nope\.sql/);
  await assert.rejects(scaffoldQuestion(root, { ...draft, slug: 'other', tags: ['Bad Tag'] }), {
    message: 'tags are lower-case words joined by hyphens, like "window-functions"',
  });
});

test('a second question on the same subject gets its own slug and example id', async () => {
  const root = copyOfContent();
  await scaffoldQuestion(root, draft);
  const second = await scaffoldQuestion(root, { ...draft, slug: 'where-vs-having' });
  assert.equal(second.exampleId, 'where-and-having-first-look-2');
  assert.deepEqual(contentProblems(root).problems, []);
});

test('npm run new, outside a terminal, uses the defaults for what the flags leave out', () => {
  const sqlQuestion = (slug: string, dataset: string) => ({
    [`questions/${slug}/index.mdx`]: `${questionFrontmatter({ dataset })}<Example id="${slug}-ex" />`,
    [`questions/${slug}/${slug}-ex.sql`]: 'SELECT 1 AS one;',
    [`questions/${slug}/${slug}-ex.expected.json`]: '{"tables":[{"columns":["one"],"rows":[[1]]}]}',
  });
  // Two of the three SQL questions use "shop": the usual dataset of the topic is the default.
  const root = contentFixture({
    'datasets/shop.sql': 'CREATE TABLE product (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO product VALUES (1, \'pen\');\n',
    ...sqlQuestion('a', 'tiny'),
    ...sqlQuestion('b', 'shop'),
    ...sqlQuestion('c', 'shop'),
  });
  const script = join(import.meta.dirname, 'new-question.ts');
  const output = execFileSync(process.execPath, [script, 'Why is COUNT(*) different from COUNT(column)?', '--difficulty', 'hard'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  assert.match(output, /^created content\/questions\/count-different-from-count-column\/index\.mdx$/m);
  const question = loadContent(root).questions.find((q) => q.slug === 'count-different-from-count-column')!;
  assert.deepEqual(question.frontmatter, {
    title: 'Why is COUNT(*) different from COUNT(column)?',
    topic: 'sql',
    difficulty: 'hard',
    tags: ['sql'],
    summary: 'The answer to "Why is COUNT(*) different from COUNT(column)?", with an example you can run.',
    dataset: 'shop',
    order: 2,
    redirectFrom: [],
  });
  assert.equal(readFileSync(join(root, 'content/questions/count-different-from-count-column/count-different-from-first-look.sql'), 'utf8'), 'SELECT *\nFROM product\nLIMIT 5;\n');
});
