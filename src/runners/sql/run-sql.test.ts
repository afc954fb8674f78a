import assert from 'node:assert/strict';
import { test } from 'node:test';
import initSqlJs from 'sql.js';
import { openExampleDatabase, runSql } from './run-sql.ts';

const SQL = await initSqlJs({ useOldExtensionFunctions: false });
const dataset = "CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x'), (2, NULL);";

test('a query with no rows keeps its column names (exec() would drop them)', () => {
  const result = runSql(openExampleDatabase(SQL, dataset, null), 'SELECT a, b FROM t WHERE a > 5;');
  assert.deepEqual(result.statements, [{ kind: 'rows', sql: 'SELECT a, b FROM t WHERE a > 5;', columns: ['a', 'b'], rows: [], totalRows: 0 }]);
});

test('statements run in order; changes are counted per statement, not carried over', () => {
  const result = runSql(openExampleDatabase(SQL, dataset, null), 'UPDATE t SET a = a + 1; CREATE TABLE u (x); SELECT a FROM t;');
  assert.deepEqual(
    result.statements.map((s) => (s.kind === 'rows' ? s.rows : s.changes)),
    [2, 0, [[2], [3]]],
  );
  assert.equal(result.error, null);
});

test('an error stops the run, keeps earlier results and gives the line of the failing statement', () => {
  const result = runSql(openExampleDatabase(SQL, dataset, null), 'SELECT 1 AS one;\n\n  SELECT * FROM missing;\nSELECT 2;');
  assert.equal(result.statements.length, 1);
  assert.deepEqual(result.error, { message: 'no such table: missing', line: 3 });
});

test('a runtime error (not a parse error) also stops the run at its line', () => {
  const sql = "CREATE TABLE u (x INTEGER PRIMARY KEY);\nINSERT INTO u VALUES (1);\nINSERT INTO u VALUES (1);";
  const result = runSql(openExampleDatabase(SQL, dataset, null), sql);
  assert.deepEqual(result.error, { message: 'UNIQUE constraint failed: u.x', line: 3 });
});

test('a syntax error is reported with SQLite message', () => {
  const result = runSql(openExampleDatabase(SQL, dataset, null), 'SELEC 1');
  assert.equal(result.error?.message, 'near "SELEC": syntax error');
});

test('BLOBs become hex objects, NULL stays null', () => {
  const result = runSql(openExampleDatabase(SQL, dataset, null), "SELECT x'00ff' AS bytes, NULL AS missing;");
  assert.deepEqual(result.statements[0], { kind: 'rows', sql: "SELECT x'00ff' AS bytes, NULL AS missing;", columns: ['bytes', 'missing'], rows: [[{ blob: '00ff' }, null]], totalRows: 1 });
});

test('maxRows caps the rows kept but counts them all', () => {
  const result = runSql(openExampleDatabase(SQL, '', null), 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) SELECT i FROM n;', { maxRows: 3 });
  const [only] = result.statements;
  assert.equal(only?.kind === 'rows' && only.rows.length, 3);
  assert.equal(only?.kind === 'rows' && only.totalRows, 1000);
});

test('empty input or only comments runs nothing', () => {
  assert.deepEqual(runSql(openExampleDatabase(SQL, '', null), '  -- just a comment\n'), { statements: [], error: null });
});

test('setup SQL runs after the dataset', () => {
  const db = openExampleDatabase(SQL, dataset, 'DELETE FROM t WHERE a = 1;');
  assert.deepEqual(runSql(db, 'SELECT count(*) AS n FROM t;').statements[0], { kind: 'rows', sql: 'SELECT count(*) AS n FROM t;', columns: ['n'], rows: [[1]], totalRows: 1 });
});

test('a syntax error points at the line of the bad token, not just the start of its statement', () => {
  const db = openExampleDatabase(SQL, dataset, null);
  const sql = 'SELECT a FROM t;\nSELECT a,\n       b\n  FROM t\n WHERE a = = 1;';
  assert.deepEqual(runSql(db, sql).error, { message: 'near "=": syntax error', line: 5 });
  assert.deepEqual(runSql(db, 'SELECT 1;\n\nSELEC 2;').error, { message: 'near "SELEC": syntax error', line: 3 });
});

test('an unterminated string is reported at the line where it opens', () => {
  const result = runSql(openExampleDatabase(SQL, dataset, null), "SELECT\n  'abc,\n  1\nFROM t;");
  assert.equal(result.error?.message.startsWith('unrecognized token:'), true);
  assert.equal(result.error?.line, 2);
});

test('incomplete input is reported at the start of its statement', () => {
  assert.deepEqual(runSql(openExampleDatabase(SQL, dataset, null), 'SELECT 1;\nSELECT a FROM t WHERE').error, { message: 'incomplete input', line: 2 });
});

test('regression: the error line skips a comment that ends the previous statement', () => {
  const sql = 'SELECT 1; -- fine so far\n-- now the bad one:\n/* really */ SELECT * FROM missing;';
  assert.equal(runSql(openExampleDatabase(SQL, dataset, null), sql).error?.line, 3);
});

test('regression: rows changed counts only the statement itself, not triggers, cascades or FTS tables', () => {
  const db = openExampleDatabase(SQL, dataset, null);
  const sql = `
    PRAGMA foreign_keys = ON;
    CREATE TABLE parent (id INTEGER PRIMARY KEY);
    CREATE TABLE child (parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE);
    CREATE TABLE audit (note TEXT);
    CREATE TRIGGER t_audit AFTER DELETE ON t BEGIN INSERT INTO audit VALUES ('deleted'); END;
    CREATE VIRTUAL TABLE docs USING fts4 (body);
    INSERT INTO parent VALUES (1), (2);
    INSERT INTO child VALUES (1), (1), (2);
    DELETE FROM parent WHERE id = 1;
    DELETE FROM t;
    INSERT INTO docs VALUES ('one'), ('two');
    WITH doomed AS (SELECT 2 AS id) DELETE FROM parent WHERE id IN (SELECT id FROM doomed);
    DROP TABLE child;`;
  const changes = runSql(db, sql).statements.map((s) => (s.kind === 'changes' ? s.changes : 'rows'));
  assert.deepEqual(changes, [0, 0, 0, 0, 0, 0, 2, 3, 1, 2, 2, 1, 0]);
});
