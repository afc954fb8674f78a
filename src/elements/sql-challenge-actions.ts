// What an <sql-challenge> does once the reader acts (a Check, the editor and its completion), in
// one module that sql-challenge-element.ts imports on first use: the page loads only the element.
import { checkChallenge, DEFAULT_TIMEOUT_MS, isSqliteReady, loadSchema, prepareRun } from '../runners/sql/sql-runner.ts';
import { verdictText } from '../runners/sql/challenge-verdict.ts';
import { recordCheck } from './practice-progress.ts';
import { element } from './render-result.ts';
import { secondsLabel } from '../lib/result-format.ts';
import type { SqlEditor } from './sql-editor.ts';

type SqlChallengeElement = HTMLElement & { readonly query: string; check(): Promise<void> };

export class SqlChallengeController {
  #challenge: SqlChallengeElement;
  #setQuery: (text: string) => void;
  #checking = false;
  #editor: SqlEditor | null = null;
  #editorLoading: Promise<SqlEditor> | null = null;

  /** `setQuery`: how the editor's text becomes the element's query. */
  constructor(challenge: SqlChallengeElement, setQuery: (text: string) => void) {
    this.#challenge = challenge;
    this.#setQuery = setQuery;
  }

  #source() {
    return { datasetUrl: this.#challenge.dataset.datasetUrl!, setupSql: null };
  }

  /** The reader is pressing Check: SQLite starts loading now. */
  prepare(): void {
    prepareRun(this.#source());
  }

  /** The element's query was reset: the editor, if open, shows it. */
  showQuery(text: string): void {
    this.#editor?.setText(text);
  }

  /** Opens the editor in place of the query and focuses it (at a clicked point); rejects if it cannot be loaded. */
  async edit(at?: { x: number; y: number }): Promise<void> {
    const challenge = this.#challenge;
    this.#editorLoading ??= import('./sql-editor.ts').then(
      ({ createWidgetEditor }) =>
        (this.#editor = createWidgetEditor(challenge, {
          text: challenge.query,
          label: (title) => `Your query for the challenge “${title}”`,
          onChange: this.#setQuery,
          onRun: () => void challenge.check(),
          onLeave: () => challenge.querySelector<HTMLElement>('[data-check]')!.focus(),
          schema: loadSchema(this.#source()),
        })),
    );
    this.#editorLoading.catch(() => (this.#editorLoading = null));
    (await this.#editorLoading).focus(at);
  }

  /** Checks the element's query, one Check at a time. */
  async check(): Promise<void> {
    if (this.#checking) return;
    this.#checking = true;
    await checkAnswer(this.#challenge, this.#challenge.query);
    this.#checking = false;
  }
}

/**
 * Checks `query` as the answer to `challenge` (an <sql-challenge>): its verdict goes in the
 * verdict box as an alert and in data-verdict, and into the reader's practice progress.
 */
async function checkAnswer(challenge: HTMLElement, query: string): Promise<void> {
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
