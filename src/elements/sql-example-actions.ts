// What an <sql-example> needs once the reader acts (a Run, the Schema panel, the editor's
// completion), in one module that sql-example-element.ts imports on first use: the page loads only
// the element itself, and SQLite's runner arrives with the first intent to run.
export { DEFAULT_TIMEOUT_MS, isSqliteReady, loadSchema, prepareRun, runExample } from '../runners/sql/runner.ts';
export { renderError, renderRunOutcome } from './render-result.ts';
export { renderSchema } from './render-schema.ts';
export { showStoredComparison } from './example-stored-comparison.ts';
export { secondsLabel } from '../lib/result-format.ts';
