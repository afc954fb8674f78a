// What a Django ORM example did on PostgreSQL, as the site publishes it: <base>postgresql/<id>.json,
// written by src/pages/postgresql/[id].json.ts and fetched by src/elements/postgresql-panel.ts the
// first time a reader opens the example's PostgreSQL tab (the page's HTML leaves it out).
import type { ResultValue } from './example-result.ts';

/** A table of rows PostgreSQL returned; unlike SQLite it has booleans. */
export interface PostgresTable {
  columns: string[];
  rows: (ResultValue | boolean)[][];
}

/** The recorded files `<id>.postgresql.sql` and `<id>.postgresql.json`, in one. */
export interface PostgresRecord {
  /** The SQL Django sent to PostgreSQL. */
  sql: string;
  queries: number;
  /** What the code showed on PostgreSQL: its printed lines, then `result` or the exception. */
  output: string;
  /** The rows of every query that returned rows. */
  tables: PostgresTable[];
  /** PostgreSQL's message for the first query that failed, or null. */
  error: string | null;
}

/** Where an example's record is, relative to the site's base. */
export function postgresRecordPath(exampleId: string): string {
  return `postgresql/${exampleId}.json`;
}
