import type { ExampleResult } from './example-result.ts';

/** Main thread → worker: run one example against a fresh copy of its dataset. */
export interface WorkerRequest {
  requestId: number;
  datasetSql: string;
  setupSql: string | null;
  sql: string;
  maxRows: number;
}

/** Worker → main thread: the run's result, or why SQLite could not run at all. */
export type WorkerResponse =
  | { requestId: number; kind: 'result'; result: ExampleResult }
  | { requestId: number; kind: 'failure'; message: string };
