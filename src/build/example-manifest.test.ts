import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentFixture, questionFrontmatter } from './content-fixture.ts';
import { exampleTags, loadContent, publicManifest } from './example-manifest.ts';

test('a sound question yields its examples, in page order, with the page default dataset', () => {
  const root = contentFixture({
    'questions/a/index.mdx': `${questionFrontmatter()}\nText\n<Example id="second" title="Two" />\n<Example\n  id="first"\n/>\n`,
    'questions/a/second.sql': 'SELECT 2;\n',
    'questions/a/second.expected.json': '{"tables":[]}',
    'questions/a/first.sql': 'SELECT 1;',
    'questions/a/first.setup.sql': 'INSERT INTO t VALUES (1);',
    'questions/a/first.expected.json': '{"tables":[],"error":"boom"}',
  });
  const content = loadContent(root);
  assert.deepEqual(content.problems, []);
  assert.deepEqual(content.examples.map((e) => [e.id, e.title, e.dataset, e.setup, e.sql]), [
    ['second', 'Two', 'tiny', null, 'SELECT 2;'],
    ['first', null, 'tiny', 'INSERT INTO t VALUES (1);', 'SELECT 1;'],
  ]);
  const manifest = publicManifest(content);
  assert.deepEqual(manifest.examples[0], { id: 'second', page: '/questions/a/', dataset: 'tiny', setup: null, sql: 'SELECT 2;', expected: [] });
  assert.deepEqual(manifest.examples[1], { id: 'first', page: '/questions/a/', dataset: 'tiny', setup: 'INSERT INTO t VALUES (1);', sql: 'SELECT 1;', expectedError: 'boom' });
});

test('regression: an example that fails after returning rows publishes those rows with its error', () => {
  const root = contentFixture({
    'questions/a/index.mdx': `${questionFrontmatter()}<Example id="rows-then-error" />`,
    'questions/a/rows-then-error.sql': 'SELECT 1 AS one; SELECT * FROM missing;',
    'questions/a/rows-then-error.expected.json': '{"tables":[{"columns":["one"],"rows":[[1]]}],"error":"no such table: missing"}',
  });
  const [example] = publicManifest(loadContent(root)).examples;
  assert.deepEqual(example!.expected, [{ columns: ['one'], rows: [[1]] }]);
  assert.equal(example!.expectedError, 'no such table: missing');
});

test('a malformed frontmatter field is reported with the file and the field', () => {
  const root = contentFixture({ 'questions/a/index.mdx': `${questionFrontmatter({ difficulty: 'tricky' })}<Example id="x" />` });
  assert.deepEqual(loadContent(root).problems, [
    'content/questions/a/index.mdx: frontmatter field "difficulty": difficulty must be "easy", "medium" or "hard"',
  ]);
});

test('a frontmatter field the schema does not declare is named, not silently dropped', () => {
  const root = contentFixture({
    'questions/a/index.mdx': questionFrontmatter().replace('order: 1', 'order: 1\nseed: { file: notes.txt, number: 3 }'),
  });
  assert.deepEqual(loadContent(root).problems, [
    'content/questions/a/index.mdx: frontmatter: unknown field "seed" (the fields are listed in src/schemas/question.ts)',
  ]);
});

test('missing files, unknown datasets and duplicate ids are each named', () => {
  const root = contentFixture({
    'questions/a/index.mdx': `${questionFrontmatter()}<Example id="dup" />\n<Example id="nosql" />\n<Example id="elsewhere" dataset="nope" />`,
    'questions/a/dup.sql': 'SELECT 1;',
    'questions/a/dup.expected.json': '{"tables":[]}',
    'questions/a/elsewhere.sql': 'SELECT 1;',
    'questions/b/index.mdx': `${questionFrontmatter({ dataset: 'missing' })}<Example id="dup" />`,
  });
  assert.deepEqual(loadContent(root).problems, [
    'content/questions/a/index.mdx: example "nosql" has no SQL file content/questions/a/nosql.sql',
    'content/questions/a/index.mdx: example "elsewhere" uses dataset "nope", which is not a file in content/datasets/',
    'content/questions/a/index.mdx: example "elsewhere" has no stored expected output content/questions/a/elsewhere.expected.json (run: npm run examples:update)',
    'content/questions/b/index.mdx: dataset "missing" is not a file in content/datasets/',
    'content/questions/b/index.mdx: example id "dup" is already used in content/questions/a/index.mdx; ids must be unique across the site',
  ]);
});

test('a question without examples is reported', () => {
  const root = contentFixture({ 'questions/a/index.mdx': `${questionFrontmatter()}Only prose.` });
  assert.deepEqual(loadContent(root).problems, ['content/questions/a/index.mdx: the question has no <Example id="…" /> to run']);
});

test('example tags are read with their literal attributes', () => {
  assert.deepEqual(exampleTags('<Example id="a" timeoutMs={2000} dataset="shop"/> text <Example id="b" />'), [
    { id: 'a', timeoutMs: '2000', dataset: 'shop' },
    { id: 'b' },
  ]);
});

test('an <OrmExample> carries its ORM code and recorded run, and is a runnable example like any other', () => {
  const root = contentFixture({
    'datasets/shop.sql': 'CREATE TABLE shop_tag (id INTEGER, name TEXT);',
    'questions/a/index.mdx': `${questionFrontmatter({ dataset: 'shop', topic: 'django-orm' })}<OrmExample id="orm-tags" title="Tags" />\n<Example id="plain" />`,
    'questions/a/orm-tags.py': 'from shop.models import Tag\nresult = Tag.objects.count()\n',
    'questions/a/orm-tags.sql': 'SELECT COUNT(*) AS "__count" FROM "shop_tag";\n',
    'questions/a/orm-tags.expected.json': '{"tables":[]}',
    'questions/a/orm-tags.orm.json': '{"queries": 1, "output": ["0", "done"]}',
    'questions/a/orm-tags.postgresql.sql': 'SELECT COUNT(*) AS "__count" FROM "shop_tag";\n',
    'questions/a/orm-tags.postgresql.json': '{"queries": 1, "output": ["0", "done"], "tables": [{"columns": ["__count"], "rows": [[0]]}]}',
    'questions/a/plain.sql': 'SELECT 1;',
    'questions/a/plain.expected.json': '{"tables":[]}',
  });
  const content = loadContent(root);
  assert.deepEqual(content.problems, []);
  assert.deepEqual(content.examples.map((e) => [e.id, e.title, e.dataset, e.sql, e.orm]), [
    [
      'orm-tags',
      'Tags',
      'shop',
      'SELECT COUNT(*) AS "__count" FROM "shop_tag";',
      {
        python: 'from shop.models import Tag\nresult = Tag.objects.count()',
        queries: 1,
        output: '0\ndone',
        postgresql: {
          sql: 'SELECT COUNT(*) AS "__count" FROM "shop_tag";',
          queries: 1,
          output: '0\ndone',
          tables: [{ columns: ['__count'], rows: [[0]] }],
          error: null,
          differences: [],
        },
      },
    ],
    ['plain', null, 'shop', 'SELECT 1;', null],
  ]);
  // The PostgreSQL SQL and rows are published too (issue 13), beside the runnable SQLite example.
  assert.deepEqual(Object.keys(publicManifest(content).examples[0]!), ['id', 'page', 'dataset', 'setup', 'sql', 'expected', 'postgresql']);
  assert.deepEqual(publicManifest(content).examples[0]!.postgresql, {
    sql: 'SELECT COUNT(*) AS "__count" FROM "shop_tag";',
    expected: [{ columns: ['__count'], rows: [[0]] }],
  });
});

test('an ORM example without its PostgreSQL record, or whose PostgreSQL output differs unexplained, is named', () => {
  const orm = (id: string, pgOutput: string) => ({
    [`questions/a/${id}.py`]: 'print(1)',
    [`questions/a/${id}.sql`]: 'SELECT 1;',
    [`questions/a/${id}.expected.json`]: '{"tables":[]}',
    [`questions/a/${id}.orm.json`]: '{"queries": 1, "output": ["1"]}',
    [`questions/a/${id}.postgresql.sql`]: 'SELECT 1;',
    [`questions/a/${id}.postgresql.json`]: `{"queries": 1, "output": ["${pgOutput}"], "tables": []}`,
  });
  const root = contentFixture({
    'datasets/shop.sql': 'CREATE TABLE t (a INTEGER);',
    'questions/a/index.mdx': `${questionFrontmatter({ dataset: 'shop' })}<OrmExample id="no-pg" />\n<OrmExample id="differs" />\n<OrmExample id="noted" />`,
    ...orm('no-pg', '1'),
    'questions/a/no-pg.postgresql.json': '',
    ...orm('differs', '2'),
    ...orm('noted', '2'),
    'questions/a/noted.postgresql-note.txt': 'PostgreSQL counts differently here.\n',
  });
  const content = loadContent(root);
  assert.deepEqual(content.problems, [
    'content/questions/a/index.mdx: ORM example "no-pg" has no valid no-pg.postgresql.sql and no-pg.postgresql.json (run npm run orm:update, with PostgreSQL installed)',
    'content/questions/a/index.mdx: ORM example "differs": on PostgreSQL its output differs; say why in one sentence in differs.postgresql-note.txt',
  ]);
  assert.deepEqual(content.examples.find((e) => e.id === 'noted')!.orm!.postgresql!.differences, ['PostgreSQL counts differently here.']);
});

test('ORM examples without their code, SQL or recorded run, or on another dataset, are each named', () => {
  const root = contentFixture({
    'datasets/shop.sql': 'CREATE TABLE t (a INTEGER);',
    'questions/a/index.mdx': `${questionFrontmatter({ dataset: 'shop' })}<OrmExample id="no-code" />\n<OrmExample id="no-sql" />\n<OrmExample id="no-run" />\n<OrmExample id="bad-run" dataset="tiny" />`,
    'questions/a/no-code.sql': 'SELECT 1;',
    'questions/a/no-sql.py': 'print(1)',
    'questions/a/no-run.py': 'print(1)',
    'questions/a/no-run.sql': 'SELECT 1;',
    'questions/a/no-run.expected.json': '{"tables":[]}',
    'questions/a/bad-run.py': 'print(1)',
    'questions/a/bad-run.sql': 'SELECT 1;',
    'questions/a/bad-run.expected.json': '{"tables":[]}',
    'questions/a/bad-run.orm.json': '{"queries": "one", "output": []}',
    'questions/a/bad-run.setup.sql': 'DELETE FROM t;',
  });
  assert.deepEqual(loadContent(root).problems, [
    'content/questions/a/index.mdx: <OrmExample id="no-code"> has no ORM code content/questions/a/no-code.py',
    'content/questions/a/index.mdx: example "no-sql" has no SQL file content/questions/a/no-sql.sql (run: npm run orm:update)',
    'content/questions/a/index.mdx: ORM example "no-run" has no valid content/questions/a/no-run.orm.json (run: npm run orm:update)',
    'content/questions/a/index.mdx: ORM example "bad-run" has no valid content/questions/a/bad-run.orm.json (run: npm run orm:update)',
    'content/questions/a/index.mdx: ORM example "bad-run" has a bad-run.setup.sql, which Django would not run; do the setup in bad-run.py',
    'content/questions/a/index.mdx: ORM example "bad-run" uses dataset "tiny"; ORM examples run on "shop", the Django models\' tables',
  ]);
});

test('<OrmExample> tags are read like <Example> tags', () => {
  assert.deepEqual(exampleTags('<OrmExample id="orm-a" title="A" /> <Example id="b" />'), [{ id: 'orm-a', title: 'A' }, { id: 'b' }]);
});
