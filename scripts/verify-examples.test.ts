import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { contentFixture, questionFrontmatter } from '../src/build/content-fixture.ts';
import { SQLITE_VERSION_FILE, sqlJsSqliteVersion, sqliteVersionProblem, verifyExamples } from './verify-examples.ts';

const page = `${questionFrontmatter()}\n<Example id="count-t" />\n`;
const stored = '{\n  "tables": [\n    {\n      "columns": ["n"],\n      "rows": [\n        [2]\n      ]\n    }\n  ]\n}\n';

test('an example that returns its stored output passes', async () => {
  const root = contentFixture({ 'questions/a/index.mdx': page, 'questions/a/count-t.sql': 'SELECT count(*) AS n FROM t;', 'questions/a/count-t.expected.json': stored });
  assert.deepEqual(await verifyExamples(root), { examples: 1, problems: [], updated: [] });
});

test('a stored output that no longer matches is named, with the files and a diff', async () => {
  const root = contentFixture({
    'questions/a/index.mdx': page,
    'questions/a/count-t.sql': 'SELECT count(*) AS n FROM t WHERE a > 1;',
    'questions/a/count-t.expected.json': stored,
  });
  const { problems } = await verifyExamples(root);
  assert.deepEqual(problems, [
    'content/questions/a/index.mdx: example "count-t" (content/questions/a/count-t.sql) no longer returns its stored output ' +
      'content/questions/a/count-t.expected.json; if the new output is right, run npm run examples:update and review the diff\n' +
      '  -- table 1\n  n\n- 2\n+ 1',
  ]);
});

test('an example without stored output is named; update writes it and then the check passes', async () => {
  const root = contentFixture({ 'questions/a/index.mdx': page, 'questions/a/count-t.sql': 'SELECT count(*) AS n FROM t;' });
  assert.deepEqual((await verifyExamples(root)).problems, [
    'content/questions/a/index.mdx: example "count-t" has no stored expected output content/questions/a/count-t.expected.json (run: npm run examples:update)',
  ]);
  assert.deepEqual(await verifyExamples(root, { update: true }), { examples: 1, problems: [], updated: ['content/questions/a/count-t.expected.json'] });
  assert.equal(readFileSync(join(root, 'content/questions/a/count-t.expected.json'), 'utf8'), stored);
  assert.deepEqual(await verifyExamples(root), { examples: 1, problems: [], updated: [] });
});

test('update leaves a file alone when the output is unchanged, and still reports other problems', async () => {
  const root = contentFixture({
    'questions/a/index.mdx': `${page}[gone](/questions/gone/)\n`,
    'questions/a/count-t.sql': 'SELECT count(*) AS n FROM t;',
    'questions/a/count-t.expected.json': stored,
  });
  assert.deepEqual(await verifyExamples(root, { update: true }), {
    examples: 1,
    problems: ['content/questions/a/index.mdx:12: broken link "/questions/gone/": there is no question "gone" (no folder content/questions/gone/)'],
    updated: [],
  });
});

test('the site-wide checks run with the example check (a question with no example, an unused dataset)', async () => {
  const root = contentFixture({ 'questions/a/index.mdx': `${questionFrontmatter()}Only prose.`, 'datasets/spare.sql': 'CREATE TABLE s (x);' });
  assert.deepEqual((await verifyExamples(root)).problems, [
    'content/questions/a/index.mdx: the question has no <Example id="…" /> to run',
    'content/datasets/spare.sql: no question or example uses the dataset "spare"; use it or delete the file',
  ]);
});

test("update records sql.js's SQLite version; the check fails when it is missing or another", async () => {
  const root = contentFixture({});
  const version = await sqlJsSqliteVersion();
  assert.match(version, /^3\.\d+\.\d+$/);
  assert.match((await sqliteVersionProblem(root, false)) ?? '', /recorded with SQLite \(nothing\), but sql\.js has SQLite 3\./);
  assert.equal(await sqliteVersionProblem(root, true), null);
  assert.equal(readFileSync(join(root, SQLITE_VERSION_FILE), 'utf8'), `${version}\n`);
  assert.equal(await sqliteVersionProblem(root, false), null);
  writeFileSync(join(root, SQLITE_VERSION_FILE), '3.0.0\n');
  assert.equal(
    await sqliteVersionProblem(root, false),
    `content/sqlite-version.txt says the outputs were recorded with SQLite 3.0.0, but sql.js has SQLite ${version}: run npm run examples:update and review the diff`,
  );
});
