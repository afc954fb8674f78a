import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dialectDifferences, groupByLengths, normaliseSql } from './dialect-differences.ts';

const run = (sql: string, output = '', queries = 1) => ({ sql, queries, output });

test('SQL is compared without layout, quotes, case and comments, but string literals are kept', () => {
  assert.equal(normaliseSql('-- query 1 of 1\nSELECT "a"."Name"\n  FROM "a" WHERE x = \'A  b\';'), "select a.name from a where x='A  b';");
});

test('the items of each GROUP BY are counted, commas inside calls not', () => {
  assert.deepEqual(groupByLengths(normaliseSql('SELECT 1 FROM t GROUP BY t.id, t.name, COALESCE(t.a, 0) HAVING 1 ORDER BY 1')), [3]);
  assert.deepEqual(groupByLengths(normaliseSql('SELECT (SELECT 1 FROM u GROUP BY u.id) FROM t GROUP BY 1, 2')), [1, 2]);
});

test('the same SQL and output: no reasons, no note needed', () => {
  const same = dialectDifferences(run('SELECT 1', '1'), run('SELECT 1', '1'));
  assert.deepEqual(same, { reasons: [], outputDiffers: false, needsNote: false });
});

test('GROUP BY on the primary key alone and typed datetime literals are recognised', () => {
  const found = dialectDifferences(
    run("SELECT t.id, t.name FROM t WHERE t.at >= '2025-01-01 00:00:00' GROUP BY t.id, t.name"),
    run("SELECT t.id, t.name FROM t WHERE t.at >= '2025-01-01T00:00:00+00:00'::timestamptz GROUP BY t.id"),
  );
  assert.equal(found.reasons.length, 2);
  assert.match(found.reasons[0]!, /^GROUP BY names only the primary key/);
  assert.match(found.reasons[1]!, /::timestamptz/);
  assert.equal(found.needsNote, false);
});

test('icontains and contains: UPPER … LIKE, and a case-sensitive LIKE that explains other rows', () => {
  const icontains = dialectDifferences(
    run("SELECT name FROM p WHERE name LIKE '%pro%' ESCAPE '\\'"),
    run("SELECT name FROM p WHERE UPPER(name::text) LIKE UPPER('%pro%')"),
  );
  assert.match(icontains.reasons.join(), /UPPER\(…\) LIKE UPPER\(…\)/);
  const contains = dialectDifferences(
    run("SELECT name FROM p WHERE name LIKE '%pro%' ESCAPE '\\'", "['Laptop Pro 14']"),
    run("SELECT name FROM p WHERE name::text LIKE '%pro%'", '[]'),
  );
  assert.match(contains.reasons.join(), /case-sensitive/);
  assert.deepEqual([contains.outputDiffers, contains.needsNote], [true, false]);
});

test('a migration: no PRAGMAs, ALTER TABLE instead of a rebuild, and another query count', () => {
  const found = dialectDifferences(
    run('PRAGMA foreign_keys = OFF; BEGIN; CREATE TABLE "new__t" (a); DROP TABLE t; COMMIT; PRAGMA foreign_keys = ON', 'sql', 6),
    run('BEGIN; ALTER TABLE t ADD COLUMN a integer; COMMIT', 'other sql', 3),
  );
  assert.equal(found.reasons.length, 3);
  assert.equal(found.reasons[2], '3 queries instead of 6');
  assert.equal(found.needsNote, false);
});

test("the same exception with PostgreSQL's message (and DETAIL lines) is explained; another output is not", () => {
  const messages = dialectDifferences(
    run('UPDATE t SET n = -1', 'before\ndjango.db.utils.IntegrityError: CHECK constraint failed: n'),
    run('UPDATE t SET n = -1', 'before\ndjango.db.utils.IntegrityError: new row violates check constraint\nDETAIL:  Failing row contains (1, -1).'),
  );
  assert.deepEqual(messages.reasons, ["the same exception is raised, with PostgreSQL's message"]);
  assert.equal(messages.needsNote, false);
  const rows = dialectDifferences(run('SELECT a FROM t', "['x', 'y']"), run('SELECT a FROM t', "['y', 'x']"));
  assert.deepEqual([rows.reasons, rows.outputDiffers, rows.needsNote], [[], true, true]);
});

test('SQL that differs in a way no rule knows needs a note', () => {
  assert.equal(dialectDifferences(run('SELECT a FROM t'), run('SELECT b FROM t')).needsNote, true);
});

test('FOR UPDATE, which SQLite leaves out, and RETURNING only on PostgreSQL are recognised', () => {
  const locking = dialectDifferences(run('SELECT id FROM a WHERE id = 1'), run('SELECT id FROM a WHERE id = 1 FOR UPDATE'));
  assert.match(locking.reasons.join(), /^select_for_update\(\) adds FOR UPDATE/);
  const returning = dialectDifferences(run("INSERT INTO a (n) VALUES (1)"), run('INSERT INTO a (n) VALUES (1) RETURNING a.id'));
  assert.match(returning.reasons.join(), /RETURNING/);
  assert.equal(returning.needsNote, false);
});
