import assert from 'node:assert/strict';
import { test } from 'node:test';
import initSqlJs from 'sql.js';
import { readSchema } from './database-schema.ts';

const SQL = await initSqlJs({ useOldExtensionFunctions: false });

test('tables and views come in creation order with their columns, types and keys', () => {
  const db = new SQL.Database();
  db.exec(`
    CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE people (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams (id), boss INT REFERENCES people, note);
    CREATE VIEW team_names AS SELECT name FROM teams;
    CREATE INDEX people_team ON people (team_id);`);
  assert.deepEqual(readSchema(db), [
    {
      name: 'teams',
      kind: 'table',
      columns: [
        { name: 'id', type: 'INTEGER', primaryKey: true, notNull: false, references: null },
        { name: 'name', type: 'TEXT', primaryKey: false, notNull: true, references: null },
      ],
    },
    {
      name: 'people',
      kind: 'table',
      columns: [
        { name: 'id', type: 'INTEGER', primaryKey: true, notNull: false, references: null },
        { name: 'team_id', type: 'INTEGER', primaryKey: false, notNull: false, references: 'teams.id' },
        { name: 'boss', type: 'INT', primaryKey: false, notNull: false, references: 'people' },
        { name: 'note', type: '', primaryKey: false, notNull: false, references: null },
      ],
    },
    { name: 'team_names', kind: 'view', columns: [{ name: 'name', type: 'TEXT', primaryKey: false, notNull: false, references: null }] },
  ]);
});

test('an empty database has no tables, and SQLite internals are left out', () => {
  const db = new SQL.Database();
  assert.deepEqual(readSchema(db), []);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);');
  assert.deepEqual(readSchema(db).map((table) => table.name), ['t']);
});
