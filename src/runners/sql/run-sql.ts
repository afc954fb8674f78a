import type { Database, SqlValue } from 'sql.js';
import type { ExampleResult, ResultValue, StatementOutcome } from '../../lib/example-result.ts';
import { messageOf } from '../../lib/error-message.ts';

export interface RunOptions {
  /** Rows kept per statement; the rest are counted but not returned. */
  maxRows?: number;
}

function toResultValue(value: SqlValue): ResultValue {
  if (value instanceof Uint8Array) {
    return { blob: Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('') };
  }
  return value;
}

/** Whitespace and comments before a statement's first keyword. */
export const LEADING_TRIVIA = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))*/;

/**
 * Rows the statement itself inserted, updated or deleted. sqlite3_changes() leaves out what
 * triggers, foreign-key actions and FTS shadow tables did (total_changes() would count those),
 * but it is only set by INSERT, UPDATE and DELETE, so anything else changed no rows.
 */
function rowsChanged(db: Database, statementSql: string): number {
  const keyword = /^\w+/.exec(statementSql.replace(LEADING_TRIVIA, ''))?.[0]?.toUpperCase();
  // A WITH statement that returns no columns is a DML statement with a CTE in front.
  return ['INSERT', 'UPDATE', 'DELETE', 'REPLACE', 'WITH'].includes(keyword ?? '') ? db.getRowsModified() : 0;
}

/**
 * Runs every statement of `sql` in order, one prepared statement at a time: unlike `exec()`,
 * that keeps the column names of a query that returns no rows. Stops at the first error.
 */
export function runSql(db: Database, sql: string, options: RunOptions = {}): ExampleResult {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const statements: StatementOutcome[] = [];
  const iterator = db.iterateStatements(sql);
  let start = 0;
  try {
    for (;;) {
      start = sql.length - iterator.getRemainingSQL().length;
      const next = iterator.next();
      if (next.done) break;
      const statement = next.value;
      const columns = statement.getColumnNames();
      const rows: ResultValue[][] = [];
      let totalRows = 0;
      while (statement.step()) {
        totalRows += 1;
        if (rows.length < maxRows) rows.push(statement.get().map(toResultValue));
      }
      const text = statement.getSQL().trim();
      statement.free();
      statements.push(
        columns.length > 0
          ? { kind: 'rows', sql: text, columns, rows, totalRows }
          : { kind: 'changes', sql: text, changes: rowsChanged(db, text) },
      );
    }
  } catch (error) {
    const message = messageOf(error);
    return { statements, error: { message, line: lineOf(sql, errorOffset(db, sql, start, message)) } };
  }
  return { statements, error: null };
}

/**
 * Where in `sql` the failing statement that starts at `start` went wrong. sql.js does not expose
 * sqlite3_error_offset(), but SQLite's parser stops at the first bad token, so the shortest
 * prefix of the statement that fails with the same syntax error ends at that token: a binary
 * search over prefixes finds it. Other errors (runtime ones) point at the statement's start.
 */
function errorOffset(db: Database, sql: string, start: number, message: string): number {
  const badToken = /^(?:near "(.*)": syntax error|unrecognized token: "(.*)")$/s.exec(message);
  if (!badToken) return start;
  const failsTheSameWay = (end: number) => {
    try {
      db.prepare(sql.slice(start, end)).free();
      return false;
    } catch (error) {
      return error instanceof Error && error.message === message;
    }
  };
  let low = start;
  let high = sql.length;
  if (!failsTheSameWay(high)) return start;
  while (low + 1 < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsTheSameWay(middle)) high = middle;
    else low = middle;
  }
  // The shortest failing prefix ends with the bad token, which the message quotes.
  const token = badToken[1] ?? badToken[2] ?? '';
  return Math.max(start, high - token.length);
}

/** The 1-based line of the first character at or after `offset` that is not blank or a comment. */
function lineOf(sql: string, offset: number): number {
  const position = offset + LEADING_TRIVIA.exec(sql.slice(offset))![0].length;
  return sql.slice(0, position).split('\n').length;
}

/** A fresh database holding the dataset, with the example's setup applied. */
export function openExampleDatabase(
  SQL: { Database: new () => Database },
  datasetSql: string,
  setupSql: string | null,
): Database {
  const db = new SQL.Database();
  db.exec(datasetSql);
  if (setupSql) db.exec(setupSql);
  return db;
}
