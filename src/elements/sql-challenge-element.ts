// <sql-challenge>: the Check widget around a pre-rendered challenge (see Challenge.astro).
// What Check and the editor do (SQLite's runner, the verdict, practice progress, the editor's
// wiring: sql-challenge-actions.ts) is imported on the first press of Check, Edit or click in the
// query; the editor itself (sql-editor.ts) on the first Edit or click. The verdict is set as
// data-verdict="correct"|"wrong" and announced as an alert. The hints and the solution are shown
// by sql-challenge-answer.ts, imported as the reader points at their buttons.
import { messageParagraph, loadOnIntent, loadOnUse } from './load-on-use.ts';
import { messageOf } from '../lib/error-message.ts';
import type { SqlChallengeController } from './sql-challenge-actions.ts';

type Answer = typeof import('./sql-challenge-answer.ts');
const loadAnswer = loadOnUse(() => import('./sql-challenge-answer.ts'));
const ANSWER_UNAVAILABLE = 'The hints and solution could not be loaded (are you offline?); press again to retry.';

export class SqlChallenge extends HTMLElement {
  #query: string | null = null;
  #controller: Promise<SqlChallengeController> | null = null;

  connectedCallback() {
    const check = this.#part('[data-check]');
    check.addEventListener('pointerdown', () => void this.#load().then((controller) => controller.prepare(), () => {}));
    check.addEventListener('click', () => void this.check());
    this.#part('[data-edit]').addEventListener('click', () => void this.#edit());
    this.#part('[data-reset]').addEventListener('click', () => this.reset());
    this.#part('[data-code]').addEventListener('click', (event) => {
      if (this.dataset.editor || !document.getSelection()?.isCollapsed) return;
      void this.#edit({ x: event.clientX, y: event.clientY });
    });
    const hint = this.querySelector<HTMLButtonElement>('[data-next-hint]');
    const solution = this.#part('[data-show-solution]');
    for (const button of [hint, solution]) if (button) loadOnIntent(button, loadAnswer);
    hint?.addEventListener('click', () => void this.#answer((answer) => answer.showNextHint(this, hint)));
    solution.addEventListener('click', () => void this.#answer((answer) => answer.toggleSolution(this)));
    this.#showAloneInInterview();
  }

  #part(selector: string): HTMLElement {
    return this.querySelector<HTMLElement>(selector)!;
  }

  /** The code behind Check and the editor, imported on first use; a failed import is retried next time. */
  #load(): Promise<SqlChallengeController> {
    this.#controller ??= import('./sql-challenge-actions.ts').then((loaded) => new loaded.SqlChallengeController(this, (text) => (this.#query = text)));
    this.#controller.catch(() => (this.#controller = null));
    return this.#controller;
  }

  /** The query a Check grades: the editor's text, or the starting query. */
  get query(): string {
    return this.#query ?? this.dataset.start ?? '';
  }

  async #edit(at?: { x: number; y: number }): Promise<void> {
    try {
      await (await this.#load()).edit(at);
    } catch {
      this.#part('[data-status]').textContent = 'The editor could not be loaded.';
    }
  }

  reset(): void {
    this.#query = null;
    void this.#controller?.then((controller) => controller.showQuery(this.query));
    this.#part('[data-verdict-box]').replaceChildren();
    delete this.dataset.verdict;
  }

  async check(): Promise<void> {
    let controller: SqlChallengeController;
    try {
      controller = await this.#load();
    } catch (error) {
      // Only the import fails here (a Check reports its own failures), without render-result.ts.
      this.#part('[data-verdict-box]').replaceChildren(messageParagraph(`Could not check: the code that checks answers could not be loaded (${messageOf(error)}).`));
      delete this.dataset.verdict;
      return;
    }
    await controller.check();
  }

  async #answer(show: (answer: Answer) => void): Promise<void> {
    const status = this.#part('[data-status]');
    try {
      show(await loadAnswer());
    } catch {
      status.textContent = ANSWER_UNAVAILABLE;
      return;
    }
    if (status.textContent === ANSWER_UNAVAILABLE) status.textContent = '';
  }

  /**
   * A link to this challenge, opened in interview mode while the answer is hidden, shows the
   * challenge alone (without hints or solution): the link an interviewer sends a candidate.
   */
  #showAloneInInterview(): void {
    const answer = this.closest<HTMLElement>('[data-answer]');
    if (!answer || !document.documentElement.hasAttribute('data-interview') || location.hash !== `#${this.id}`) return;
    answer.dataset.challengeOnly = '';
    this.classList.add('challenge-alone');
  }
}

customElements.define('sql-challenge', SqlChallenge);
