// <sql-challenge>: the Check widget around a pre-rendered challenge (see Challenge.astro).
// The editor (sql-editor.ts) is imported on the first Edit or click in the query; SQLite's runner,
// the verdict and practice progress (sql-challenge-actions.ts) on the first press of Check. The
// verdict is set as data-verdict="correct"|"wrong" and announced as an alert. The hints and the
// solution are shown by sql-challenge-answer.ts, imported as the reader points at their buttons.
import type { SqlEditor } from './sql-editor.ts';
import { messageParagraph, loadOnIntent, loadOnUse, messageOf } from './load-on-use.ts';

type Answer = typeof import('./sql-challenge-answer.ts');
/** The code behind Check, imported once for every challenge of the page; a failed import is retried next time. */
const loadActions = loadOnUse(() => import('./sql-challenge-actions.ts'));
const loadAnswer = loadOnUse(() => import('./sql-challenge-answer.ts'));
const ANSWER_UNAVAILABLE = 'The hints and solution could not be loaded (are you offline?); press again to retry.';

export class SqlChallenge extends HTMLElement {
  #query: string | null = null;
  #checking = false;
  #editor: SqlEditor | null = null;
  #editorLoading: Promise<SqlEditor | null> | null = null;

  connectedCallback() {
    const check = this.#part('[data-check]');
    check.addEventListener('pointerdown', () => void loadActions().then(({ prepareRun }) => prepareRun(this.#source()), () => {}));
    check.addEventListener('click', () => void this.check());
    this.#part('[data-edit]').addEventListener('click', () => void this.#edit());
    this.#part('[data-reset]').addEventListener('click', () => this.reset());
    this.#part('[data-code]').addEventListener('click', (event) => {
      if (this.#editor || !document.getSelection()?.isCollapsed) return;
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

  #source() {
    return { datasetUrl: this.dataset.datasetUrl!, setupSql: null };
  }

  /** The query a Check grades: the editor's text, or the starting query. */
  get query(): string {
    return this.#query ?? this.dataset.start ?? '';
  }

  async #edit(at?: { x: number; y: number }): Promise<void> {
    (await this.#loadEditor())?.focus(at);
  }

  #loadEditor(): Promise<SqlEditor | null> {
    this.#editorLoading ??= import('./sql-editor.ts').then(
      ({ createWidgetEditor }) =>
        (this.#editor = createWidgetEditor(this, {
          text: this.query,
          label: (title) => `Your query for the challenge “${title}”`,
          onChange: (text) => (this.#query = text),
          onRun: () => void this.check(),
          onLeave: () => this.#part('[data-check]').focus(),
          schema: loadActions().then(({ loadSchema }) => loadSchema(this.#source())),
        })),
      () => {
        this.#editorLoading = null;
        this.#part('[data-status]').textContent = 'The editor could not be loaded.';
        return null;
      },
    );
    return this.#editorLoading;
  }

  reset(): void {
    this.#query = null;
    this.#editor?.setText(this.query);
    this.#part('[data-verdict-box]').replaceChildren();
    delete this.dataset.verdict;
  }

  async check(): Promise<void> {
    if (this.#checking) return;
    this.#checking = true;
    try {
      await (await loadActions()).checkAnswer(this, this.query);
    } catch (error) {
      // Only the import fails here (checkAnswer reports its own failures), without render-result.ts.
      this.#part('[data-verdict-box]').replaceChildren(messageParagraph(`Could not check: the code that checks answers could not be loaded (${messageOf(error)}).`));
      delete this.dataset.verdict;
    }
    this.#checking = false;
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
