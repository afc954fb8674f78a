import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { exampleTags, loadContent, publicManifest } from './example-manifest.ts';

const frontmatter = (fields: Record<string, string>) =>
  `---\n${Object.entries({ title: 'What is a fixture question?', topic: 'sql', difficulty: 'easy', tags: '[fixtures]', summary: 'A question that only exists inside a unit test.', dataset: 'tiny', order: '1', ...fields })
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n`;

/** A throw-away content/ folder: { 'questions/a/index.mdx': '…' } */
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-content-'));
  const all = { 'datasets/tiny.sql': 'CREATE TABLE t (a INTEGER);', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return root;
}

test('a sound question yields its examples, in page order, with the page default dataset', () => {
  const root = fixture({
    'questions/a/index.mdx': `${frontmatter({})}\nText\n<Example id="second" title="Two" />\n<Example\n  id="first"\n/>\n`,
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
  const root = fixture({
    'questions/a/index.mdx': `${frontmatter({})}<Example id="rows-then-error" />`,
    'questions/a/rows-then-error.sql': 'SELECT 1 AS one; SELECT * FROM missing;',
    'questions/a/rows-then-error.expected.json': '{"tables":[{"columns":["one"],"rows":[[1]]}],"error":"no such table: missing"}',
  });
  const [example] = publicManifest(loadContent(root)).examples;
  assert.deepEqual(example!.expected, [{ columns: ['one'], rows: [[1]] }]);
  assert.equal(example!.expectedError, 'no such table: missing');
});

test('a malformed frontmatter field is reported with the file and the field', () => {
  const root = fixture({ 'questions/a/index.mdx': `${frontmatter({ difficulty: 'tricky' })}<Example id="x" />` });
  assert.deepEqual(loadContent(root).problems, [
    'content/questions/a/index.mdx: frontmatter field "difficulty": difficulty must be "easy", "medium" or "hard"',
  ]);
});

test('missing files, unknown datasets and duplicate ids are each named', () => {
  const root = fixture({
    'questions/a/index.mdx': `${frontmatter({})}<Example id="dup" />\n<Example id="nosql" />\n<Example id="elsewhere" dataset="nope" />`,
    'questions/a/dup.sql': 'SELECT 1;',
    'questions/a/dup.expected.json': '{"tables":[]}',
    'questions/a/elsewhere.sql': 'SELECT 1;',
    'questions/b/index.mdx': `${frontmatter({ dataset: 'missing' })}<Example id="dup" />`,
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
  const root = fixture({ 'questions/a/index.mdx': `${frontmatter({})}Only prose.` });
  assert.deepEqual(loadContent(root).problems, ['content/questions/a/index.mdx: the question has no <Example id="…" /> to run']);
});

test('example tags are read with their literal attributes', () => {
  assert.deepEqual(exampleTags('<Example id="a" timeoutMs={2000} dataset="shop"/> text <Example id="b" />'), [
    { id: 'a', timeoutMs: '2000', dataset: 'shop' },
    { id: 'b' },
  ]);
});
