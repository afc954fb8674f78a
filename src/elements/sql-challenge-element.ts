// <sql-challenge>: the Check widget around a pre-rendered challenge (see Challenge.astro).
// The editor (sql-editor.ts) is imported on the first Edit or click in the query; SQLite's runner,
// the verdict and practice progress (sql-challenge-actions.ts) on the first press of Check. The
// verdict is set as data-verdict="correct"|"wrong" and announced as an alert.
import type { SqlEditor } from './sql-editor.ts';

type Actions = typeof import('./sql-challenge-actions.ts');
let actions: Promise<Actions> | null = null;

/** The code behind Check, imported once for every challenge of the page; a failed import is retried next time. */
function loadActions(): Promise<Actions> {
  actions ??= import('./sql-challenge-actions.ts');
  actions.catch(() => (actions = null));
  return actions;
}

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
    this.querySelector('[data-next-hint]')?.addEventListener('click', (event) => this.#nextHint(event.currentTarget as HTMLButtonElement));
    this.#part('[data-show-solution]').addEventListener('click', () => this.#toggleSolution());
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
      ({ createSqlEditor }) => {
        const code = this.#part('[data-code]');
        this.#editor = createSqlEditor({
          parent: code,
          text: this.query,
          label: `Your query for the challenge “${this.querySelector('.example-title')?.textContent ?? this.id}”`,
          description: this.#part('[data-hint]').textContent ?? '',
          onChange: (text) => (this.#query = text),
          onRun: () => void this.check(),
          onLeave: () => this.#part('[data-check]').focus(),
        });
        code.querySelector('pre')!.hidden = true;
        this.dataset.editor = 'ready';
        loadActions()
          .then(({ loadSchema }) => loadSchema(this.#source()))
          .then((schema) => this.#editor?.setSchema(schema), () => {});
        return this.#editor;
      },
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
      const alert = Object.assign(document.createElement('p'), { className: 'run-error', textContent: `Could not check: the code that checks answers could not be loaded (${error instanceof Error ? error.message : String(error)}).` });
      alert.setAttribute('role', 'alert');
      this.#part('[data-verdict-box]').replaceChildren(alert);
      delete this.dataset.verdict;
    }
    this.#checking = false;
  }

  /** Hints come one at a time, in order. */
  #nextHint(button: HTMLButtonElement): void {
    const hidden = [...this.querySelectorAll<HTMLElement>('[data-hints] li[hidden]')];
    const hint = hidden[0]!;
    hint.hidden = false;
    const total = this.querySelectorAll('[data-hints] li').length;
    if (hidden.length > 1) {
      button.textContent = `Show a hint (${total - hidden.length + 2} of ${total})`;
      return;
    }
    // The button goes with the last hint: focus moves to that hint instead of being lost.
    hint.tabIndex = -1;
    hint.focus();
    button.remove();
  }

  #toggleSolution(): void {
    const button = this.#part('[data-show-solution]');
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide the solution' : 'Show the solution';
    this.#part('[data-solution]').hidden = !open;
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
