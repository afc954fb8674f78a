import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentFixture, questionFrontmatter } from './content-fixture.ts';
import { loadContent, publicManifest } from './example-manifest.ts';
import { componentTags, eventSummary } from './postgres-content.ts';

const page = (body: string) => `${questionFrontmatter()}<Example id="plain" />\n${body}`;
const plain = { 'questions/a/plain.sql': 'SELECT 1;', 'questions/a/plain.expected.json': '{"tables":[]}' };

test('<PgExample> and <Transcript> tags are read with their attributes', () => {
  assert.deepEqual(componentTags('<PgExample id="a" title="A" />\n<Transcript\n  id="b"\n/>', 'PgExample'), [{ id: 'a', title: 'A' }]);
  assert.deepEqual(componentTags('<PgExample id="a" />\n<Transcript\n  id="b"\n/>', 'Transcript'), [{ id: 'b' }]);
});

test('a PostgreSQL example and a transcript are loaded from their files and published', () => {
  const root = contentFixture({
    ...plain,
    'questions/a/index.mdx': page('<PgExample id="pg-one" title="One" />\n<Transcript id="two-sessions" />'),
    'questions/a/pg-one.pg.sql': 'SELECT DISTINCT ON (a) a FROM t ORDER BY a;\n',
    'questions/a/pg-one.pg.setup.sql': 'INSERT INTO t VALUES (3);',
    'questions/a/pg-one.pg.expected.json': '{"tables": [{"columns": ["a"], "rows": [[1], [2], [3]]}]}',
    'questions/a/two-sessions.transcript.json': '{"settings": {"B": {"deadlock_timeout": "100ms"}}, "note": "Why.", "steps": [{"session": "A", "sql": "BEGIN;"}]}',
    'questions/a/two-sessions.transcript.expected.json': '{"events": [{"step": 1, "session": "A", "sql": "BEGIN;", "status": "BEGIN"}]}',
  });
  const content = loadContent(root);
  assert.deepEqual(content.problems, []);
  assert.deepEqual(content.postgresqlExamples, [
    {
      id: 'pg-one',
      title: 'One',
      page: '/questions/a/',
      dataset: 'tiny',
      setup: 'INSERT INTO t VALUES (3);',
      sql: 'SELECT DISTINCT ON (a) a FROM t ORDER BY a;',
      expected: { tables: [{ columns: ['a'], rows: [[1], [2], [3]] }] },
    },
  ]);
  assert.deepEqual(content.transcripts[0]!.settings, { B: { deadlock_timeout: '100ms' } });
  assert.equal(content.transcripts[0]!.note, 'Why.');
  const manifest = publicManifest(content);
  assert.deepEqual(manifest.postgresqlExamples[0]!.expected, [{ columns: ['a'], rows: [[1], [2], [3]] }]);
  assert.deepEqual(manifest.transcripts[0]!.events, [{ step: 1, session: 'A', sql: 'BEGIN;', status: 'BEGIN' }]);
});

test('missing files and an id used twice are named', () => {
  const root = contentFixture({
    ...plain,
    'questions/a/index.mdx': page('<PgExample id="no-sql" />\n<PgExample id="no-output" />\n<Transcript id="plain" />\n<Transcript id="no-record" />'),
    'questions/a/no-output.pg.sql': 'SELECT 1;',
    'questions/a/no-record.transcript.json': '{"steps": []}',
  });
  assert.deepEqual(loadContent(root).problems, [
    'content/questions/a/index.mdx: <PgExample id="no-sql"> has no SQL file content/questions/a/no-sql.pg.sql',
    'content/questions/a/index.mdx: <PgExample id="no-output"> has no valid content/questions/a/no-output.pg.expected.json (run: npm run pg:update, with PostgreSQL installed)',
    'content/questions/a/index.mdx: <Transcript> id "plain" is already used in content/questions/a/index.mdx; ids must be unique across the site',
    'content/questions/a/index.mdx: <Transcript id="no-record"> has no valid content/questions/a/no-record.transcript.expected.json (run: npm run pg:update, with PostgreSQL installed)',
  ]);
});

test('an event reads as waiting, as its error with SQLSTATE, or as its command tag', () => {
  assert.equal(eventSummary({ step: 3, session: 'B', sql: 'UPDATE …', waits: true }), 'waits for a lock held by the other session');
  assert.equal(eventSummary({ step: 3, session: 'B', resumed: true, error: 'deadlock detected', sqlstate: '40P01' }), 'ERROR: deadlock detected (SQLSTATE 40P01)');
  assert.equal(eventSummary({ step: 4, session: 'A', sql: 'COMMIT;', status: 'COMMIT' }), 'COMMIT');
  assert.equal(eventSummary({ step: 5, session: 'A', sql: 'SELECT 1;', columns: ['?column?'], rows: [[1]] }), null);
});
