// <sql-example>: the Run widget around a pre-rendered example (see Example.astro).
//
// Its API, for other scripts on the page (editor, share links):
//   element.sql           the SQL a Run executes now (get/set); the highlighted code is the original
//   element.reset()       back to the original SQL, and the stored output only
//   element.run(), .stop() what the Run and Stop buttons do
//   data-edited           present while `sql` differs from the original
//   'sqlchange' event     bubbles after every change of `sql`
// Setting `sql` to other text opens the editor with it, so the page always shows what will run.
//
// The editor (sql-editor.ts, CodeMirror) is imported on the first Edit or click in the code, and
// then replaces the build's highlighted code; Run alone never loads it.
//
// Only the element is loaded with the page. What a Run, the Schema panel and the editor's completion
// need (SQLite's runner, the renderers, the stored-output comparison: sql-example-actions.ts) is
// imported on the first intent to run (pointer over, focus on or press of Run) or other first use.
import { labelStoredOutput, resetStoredOutput } from './example-stored-output.ts';
import type { SqlEditor } from './sql-editor.ts';
import type { ExampleSource } from '../runners/sql/sql-runner.ts';
import { messageParagraph, loadOnUse, messageOf } from './load-on-use.ts';

/** The code behind Run, imported once for every example of the page; a failed import is retried next time. */
const loadActions = loadOnUse(() => import('./sql-example-actions.ts'));

export class SqlExample extends HTMLElement {
  #sql: string | null = null;
  /** The run in progress; aborting it stops the query. */
  #run: AbortController | null = null;
  #editor: SqlEditor | null = null;
  #editorLoading: Promise<SqlEditor | null> | null = null;
  /** The line the last run failed on, marked in the editor (also when it loads later). */
  #errorLine: number | null = null;

  connectedCallback() {
    // A script may have set `sql` before this element was upgraded, which made a plain property.
    if (Object.hasOwn(this, 'sql')) {
      const text = String((this as { sql?: unknown }).sql);
      delete (this as { sql?: unknown }).sql;
      this.sql = text;
    }
    // Pointing at Run, focusing it or pressing it gets SQLite ready before the click.
    const prepare = () => void loadActions().then(({ prepareRun }) => prepareRun(this.#source()), () => {});
    for (const intent of ['pointerover', 'focus', 'pointerdown']) this.#part('[data-run]').addEventListener(intent, prepare);
    this.#part('[data-run]').addEventListener('click', () => void this.run());
    this.#part('[data-stop]').addEventListener('click', () => this.stop());
    this.#part('[data-edit]').addEventListener('click', () => void this.#edit());
    this.#part('[data-reset]').addEventListener('click', () => this.reset());
    this.#part('[data-schema-toggle]').addEventListener('click', () => void this.#toggleSchema());
    this.#part('[data-code]').addEventListener('click', (event) => {
      // A click in the highlighted code starts editing there, unless the reader was selecting text.
      if (this.#editor || !document.getSelection()?.isCollapsed) return;
      void this.#edit({ x: event.clientX, y: event.clientY });
    });
  }

  #part(selector: string): HTMLElement {
    return this.querySelector<HTMLElement>(selector)!;
  }

  /** The example's SQL as the page shows it (not repeated in an attribute: pages stay lighter). */
  get originalSql(): string {
    return this.#part('[data-code] pre').textContent ?? '';
  }

  get sql(): string {
    return this.#sql ?? this.originalSql;
  }

  set sql(text: string) {
    this.#setSql(text);
    if (this.#editor) this.#editor.setText(text);
    else if (text !== this.originalSql) void this.#loadEditor();
  }

  #setSql(text: string): void {
    this.#sql = text;
    this.toggleAttribute('data-edited', text !== this.originalSql);
    labelStoredOutput(this);
    this.dispatchEvent(new CustomEvent('sqlchange', { bubbles: true }));
  }

  #source(): ExampleSource {
    return { datasetUrl: this.dataset.datasetUrl!, setupSql: this.querySelector('[data-setup] pre')?.textContent ?? null };
  }

  /** Puts the editor in place of the highlighted code and focuses it (at a clicked point). */
  async #edit(at?: { x: number; y: number }): Promise<void> {
    (await this.#loadEditor())?.focus(at);
  }

  /** The editor, created on first use; null if its code could not be loaded (the next call retries). */
  #loadEditor(): Promise<SqlEditor | null> {
    this.#editorLoading ??= import('./sql-editor.ts').then(
      ({ createWidgetEditor }) => {
        this.#editor = createWidgetEditor(this, {
          text: this.sql,
          label: (title) => `SQL of the example “${title}”`,
          onChange: (text) => this.#setSql(text),
          onRun: () => void this.run(),
          onLeave: () => this.#part('[data-run]').focus(),
          // Completion is a bonus: without the schema the editor still works.
          schema: loadActions().then(({ loadSchema }) => loadSchema(this.#source())),
        });
        this.#editor.markErrorLine(this.#errorLine);
        return this.#editor;
      },
      () => {
        this.#editorLoading = null;
        this.#part('[data-status]').textContent = 'The editor could not be loaded; Run still runs the query.';
        return null;
      },
    );
    return this.#editorLoading;
  }

  /** Ends a running query now. */
  stop(): void {
    this.#run?.abort();
  }

  reset(): void {
    const running = this.#run;
    this.#run = null;
    running?.abort();
    this.sql = this.originalSql;
    this.#markErrorLine(null);
    const live = this.#part('[data-live-result]');
    live.replaceChildren();
    live.hidden = true;
    this.#part('[data-status]').textContent = '';
    resetStoredOutput(this);
    this.#showIdle();
    delete this.dataset.state;
  }

  async run(): Promise<void> {
    if (this.#run) return;
    const run = new AbortController();
    this.#run = run;
    this.#markErrorLine(null);
    this.dataset.state = 'running';
    this.setAttribute('aria-busy', 'true');
    this.#part('[data-stop]').hidden = false;
    let errorLine: number | null = null;
    try {
      const request = { ...this.#source(), sql: this.sql, timeoutMs: Number(this.dataset.timeoutMs) || undefined };
      const shown = await (await loadActions()).runAndShow(this, request, run.signal, () => this.#run === run);
      if (!shown) return; // reset() while it ran: its result is no longer wanted
      errorLine = shown.errorLine;
    } catch (error) {
      // Only the import fails here (runAndShow reports a failed run itself).
      if (this.#run !== run) return;
      const live = this.#part('[data-live-result]');
      live.replaceChildren(messageParagraph(`The code that runs examples could not be loaded (${messageOf(error)}). The expected output is still shown below.`));
      live.hidden = false;
      this.#part('[data-status]').textContent = 'Could not run.';
    }
    this.#run = null;
    this.#markErrorLine(errorLine);
    this.#showIdle();
    this.dataset.state = 'done';
  }

  #markErrorLine(line: number | null): void {
    this.#errorLine = line;
    this.#editor?.markErrorLine(line);
  }

  #showIdle(): void {
    const stop = this.#part('[data-stop]');
    if (document.activeElement === stop) this.#part('[data-run]').focus();
    stop.hidden = true;
    this.removeAttribute('aria-busy');
  }

  async #toggleSchema(): Promise<void> {
    const button = this.#part('[data-schema-toggle]');
    const panel = this.#part('[data-schema-panel]');
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (!open || panel.dataset.state) return; // loaded, or loading
    panel.dataset.state = 'loading';
    panel.textContent = 'Reading the tables…';
    try {
      const { loadSchema, renderSchema } = await loadActions();
      panel.replaceChildren(renderSchema(await loadSchema(this.#source())));
      panel.dataset.state = 'loaded';
    } catch (error) {
      // The schema or the code that reads it could not be loaded: say so, without render-result.ts.
      panel.replaceChildren(messageParagraph(`The schema could not be read: ${messageOf(error)}`));
      delete panel.dataset.state;
    }
  }
}

customElements.define('sql-example', SqlExample);
