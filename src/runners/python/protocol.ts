// The messages between the page (runner.ts) and the Python worker (worker.ts), and what a run of an
// ORM example returns (made by pyodide_run.py, read by the page and by scripts/orm-pyodide.ts).

/** The site's Python files (src/build/python/django-bundle.ts siteFiles), as absolute URLs. */
export interface PythonFiles {
  /** Pyodide's folder (pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm), ending in "/". */
  pyodide: string;
  stdlib: string;
  django: string;
  dataset: string;
}

/** The stages of the first run, in order; later runs skip them. */
export const STAGES = ['download', 'start', 'django', 'data'] as const;
export type Stage = (typeof STAGES)[number];

export interface PythonQuery {
  sql: string;
  /** The columns and rows it returned (at most ROW_LIMIT rows; `rowCount` counts all), or null. */
  table: { columns: string[]; rows: unknown[][]; rowCount: number } | null;
  /** SQLite's message when the query failed, else null. */
  error: string | null;
}

export interface PythonRun {
  /** What the code printed, then `result`'s repr or the exception (a code mistake's trimmed traceback). */
  output: string;
  /** Lines of output cut beyond the limit. */
  cutLines: number;
  /** The line of the reader's code where it raised, or null. */
  errorLine: number | null;
  queryCount: number;
  /** The first QUERY_LIMIT queries. */
  queries: PythonQuery[];
  /** Whether the SQL of every query equals the recorded <id>.sql (as orm_check.py compares it). */
  sqlMatches: boolean;
}

/** Page → worker. */
export type PythonRequest =
  /** Start Python ahead of a run (the reader is pressing Run Python); answered by `started` or `failure`. */
  | { kind: 'start'; requestId: number; files: PythonFiles }
  | {
      kind: 'run';
      requestId: number;
      files: PythonFiles;
      code: string;
      /** The file name the code runs as (tracebacks show it): "<id>.py". */
      filename: string;
      recordedSql: string;
    };

/** Worker → page. Progress while Python starts (for every request waiting), then each request gets `started` and one answer. */
export type PythonResponse =
  /** A stage of starting Python began; `loaded` bytes of the download so far. */
  | { kind: 'progress'; stage: Stage; loaded?: number }
  /** Python is ready and the code begins: its time limit counts from here. */
  | { kind: 'started'; requestId: number }
  | { kind: 'result'; requestId: number; run: PythonRun }
  /** Python could not be started (a file failed to load); the next run starts a new worker. */
  | { kind: 'failure'; requestId: number; message: string };
