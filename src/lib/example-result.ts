/** A value as results carry it: JSON-safe, so it can be stored, posted to a worker and compared. */
export type ResultValue = string | number | null | { blob: string };

/** The rows one statement returned. */
export interface ResultTable {
  columns: string[];
  rows: ResultValue[][];
}

/** What one statement of an example did. */
export type StatementOutcome =
  | ({ kind: 'rows'; sql: string; totalRows: number } & ResultTable)
  | { kind: 'changes'; sql: string; changes: number };

export interface RunError {
  message: string;
  /** The line of the reader's SQL where the failing statement starts. */
  line: number;
}

/** Everything one run of an example produced, in statement order; `error` stops the run. */
export interface ExampleResult {
  statements: StatementOutcome[];
  error: RunError | null;
}

/** The stored expected output of an example (`<id>.expected.json`). */
export interface ExpectedOutput {
  tables: ResultTable[];
  error?: string;
}

export function tablesOf(result: ExampleResult): ResultTable[] {
  return result.statements.flatMap((s) => (s.kind === 'rows' ? [{ columns: s.columns, rows: s.rows }] : []));
}

/** What a run is expected to store: its tables, and SQLite's message if it failed. */
export function toExpectedOutput(result: ExampleResult): ExpectedOutput {
  const tables = tablesOf(result);
  return result.error ? { tables, error: result.error.message } : { tables };
}
