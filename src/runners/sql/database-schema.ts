// The tables and columns of a database, read from SQLite itself (sqlite_schema and the table
// pragmas), so the Schema panel and the editor's completion can never drift from the dataset.
import type { Database } from 'sql.js';

export interface SchemaColumn {
  name: string;
  /** The declared type, as written in CREATE TABLE ('' when none was given). */
  type: string;
  primaryKey: boolean;
  notNull: boolean;
  /** What this column's foreign key points to: `table.column`, or `table` for its primary key; else null. */
  references: string | null;
}

export interface SchemaTable {
  name: string;
  kind: 'table' | 'view';
  columns: SchemaColumn[];
}

export type DatabaseSchema = SchemaTable[];

const columnsQuery = `
  SELECT m.name, m.type, c.name, c.type, c.pk, c."notnull",
         (SELECT f."table" || coalesce('.' || f."to", '')
            FROM pragma_foreign_key_list(m.name) AS f
           WHERE f."from" = c.name
           LIMIT 1)
    FROM sqlite_schema AS m
    JOIN pragma_table_xinfo(m.name) AS c
   WHERE m.type IN ('table', 'view')
     AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
     AND c.hidden = 0
   ORDER BY m.rowid, c.cid`;

/** The user-visible tables and views, in creation order, each with its columns in order. */
export function readSchema(db: Database): DatabaseSchema {
  const tables: SchemaTable[] = [];
  const rows = db.exec(columnsQuery)[0]?.values ?? [];
  for (const [tableName, kind, name, type, pk, notNull, references] of rows) {
    let table = tables.at(-1);
    if (table?.name !== tableName) {
      table = { name: String(tableName), kind: kind === 'view' ? 'view' : 'table', columns: [] };
      tables.push(table);
    }
    table.columns.push({
      name: String(name),
      type: String(type ?? ''),
      primaryKey: Number(pk) > 0,
      notNull: Number(notNull) === 1,
      references: references === null ? null : String(references),
    });
  }
  return tables;
}
