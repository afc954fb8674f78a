// What an <sql-challenge> needs once the reader acts (a Check, the editor's completion), in one
// module that sql-challenge-element.ts imports on first use: the page loads only the element.
export { checkChallenge, DEFAULT_TIMEOUT_MS, isSqliteReady, loadSchema, prepareRun } from '../runners/sql/runner.ts';
export { verdictText } from '../runners/sql/challenge-verdict.ts';
export { recordCheck } from './practice-progress.ts';
export { element } from './render-result.ts';
export { secondsLabel } from '../lib/result-format.ts';
