// What an <sql-challenge> needs once the reader acts (a Check, the editor's completion), in one
// module that sql-challenge-element.ts imports on first use: the page loads only the element.
import { checkChallenge, DEFAULT_TIMEOUT_MS, isSqliteReady } from '../runners/sql/sql-runner.ts';
import { verdictText } from '../runners/sql/challenge-verdict.ts';
import { recordCheck } from './practice-progress.ts';
import { element } from './render-result.ts';
import { secondsLabel } from '../lib/result-format.ts';

export { loadSchema, prepareRun } from '../runners/sql/sql-runner.ts';

/**
 * Checks `query` as the answer to `challenge` (an <sql-challenge>): its verdict goes in the
 * verdict box as an alert and in data-verdict, and into the reader's practice progress.
 */
export async function checkAnswer(challenge: HTMLElement, query: string): Promise<void> {
  const status = challenge.querySelector<HTMLElement>('[data-status]')!;
  challenge.setAttribute('aria-busy', 'true');
  status.textContent = isSqliteReady() ? 'Checking…' : 'Loading SQLite…';
  const timeoutMs = Number(challenge.dataset.timeoutMs) || DEFAULT_TIMEOUT_MS;
  const keyUrl = new URL(challenge.dataset.keyUrl!, location.href).href;
  const outcome = await checkChallenge(
    { datasetUrl: challenge.dataset.datasetUrl!, keyUrl, query, timeoutMs },
    { onStarted: () => (status.textContent = `Checking… (stops after ${secondsLabel(timeoutMs)})`) },
  );
  challenge.removeAttribute('aria-busy');
  const { verdict, message, diff } = verdictText(outcome);
  const alert = element('div', `challenge-verdict-${verdict ?? 'none'}`);
  alert.setAttribute('role', 'alert');
  alert.append(element('p', 'challenge-verdict-message', message));
  if (diff.length > 0) {
    alert.append(element('p', 'challenge-diff-label', 'Rows marked - are expected but missing; rows marked + are yours and not expected:'));
    alert.append(element('pre', 'challenge-diff', diff.join('\n')));
  }
  challenge.querySelector('[data-verdict-box]')!.replaceChildren(alert);
  status.textContent = '';
  if (verdict === null) delete challenge.dataset.verdict;
  else {
    challenge.dataset.verdict = verdict;
    recordCheck(challenge.id, verdict === 'correct');
  }
}
