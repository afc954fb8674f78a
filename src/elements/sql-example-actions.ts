// What an <sql-example> needs once the reader acts (a Run, the Schema panel, the editor's
// completion), in one module that sql-example-element.ts imports on first use: the page loads only
// the element itself, and SQLite's runner arrives with the first intent to run.
import { DEFAULT_TIMEOUT_MS, isSqliteReady, runExample, type RunOutcome, type RunRequest } from '../runners/sql/sql-runner.ts';
import { renderRunOutcome } from './render-result.ts';
import { showStoredComparison } from './example-stored-comparison.ts';
import { secondsLabel } from '../lib/result-format.ts';

export { loadSchema, prepareRun } from '../runners/sql/sql-runner.ts';
export { renderSchema } from './render-schema.ts';

function statusAfter(outcome: RunOutcome): string {
  if (outcome.kind === 'result') return outcome.result.error ? 'Finished with an error.' : 'Done.';
  return outcome.kind === 'stopped' ? 'Stopped.' : 'Could not run.';
}

/**
 * Runs `request` for `example` (an <sql-example>) and shows the outcome: the result, how it
 * compares with the stored output, and the status. Null when the run was no longer `wanted` as it
 * ended (the reader pressed Reset); otherwise the line of the SQL error, for the editor to mark.
 */
export async function runAndShow(example: HTMLElement, request: RunRequest, signal: AbortSignal, wanted: () => boolean): Promise<{ errorLine: number | null } | null> {
  const status = example.querySelector<HTMLElement>('[data-status]')!;
  status.textContent = isSqliteReady() ? 'Running…' : 'Loading SQLite…';
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const outcome = await runExample(
    { ...request, timeoutMs },
    { signal, onStarted: () => (status.textContent = `Running… (stops after ${secondsLabel(timeoutMs)})`) },
  );
  if (!wanted()) return null;
  const live = example.querySelector<HTMLElement>('[data-live-result]')!;
  live.replaceChildren(...renderRunOutcome(outcome));
  live.hidden = false;
  showStoredComparison(example, outcome, live);
  status.textContent = statusAfter(outcome);
  return { errorLine: outcome.kind === 'result' ? (outcome.result.error?.line ?? null) : null };
}
