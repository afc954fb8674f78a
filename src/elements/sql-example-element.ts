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
// Only the element's API is loaded with the page. What its buttons do (SQLite's runner, the
// renderers, the stored-output comparison, the Schema panel, the editor's wiring:
// sql-example-actions.ts) is imported on the first intent to run (pointer over, focus on or press
// of Run) or other first use. The editor itself (sql-editor.ts, CodeMirror) is imported on the
// first Edit or click in the code, and then replaces the build's highlighted code; Run alone never
// loads it.
import { labelStoredOutput, resetStoredOutput } from './example-stored-output.ts';
import { messageParagraph } from './load-on-use.ts';
import { messageOf } from '../lib/error-message.ts';
import type { SqlExampleController } from './sql-example-actions.ts';

export class SqlExample extends HTMLElement {
  #sql: string | null = null;
  #controller: Promise<SqlExampleController> | null = null;

  connectedCallback() {
    // A script may have set `sql` before this element was upgraded, which made a plain property.
    if (Object.hasOwn(this, 'sql')) {
      const text = String((this as { sql?: unknown }).sql);
      delete (this as { sql?: unknown }).sql;
      this.sql = text;
    }
    // Pointing at Run, focusing it or pressing it gets SQLite ready before the click.
    const run = this.#part('[data-run]');
    for (const intent of ['pointerover', 'focus', 'pointerdown']) run.addEventListener(intent, () => void this.#load().then((controller) => controller.prepare(), () => {}));
    run.addEventListener('click', () => void this.run());
    this.#part('[data-stop]').addEventListener('click', () => this.stop());
    this.#part('[data-edit]').addEventListener('click', () => void this.#edit());
    this.#part('[data-reset]').addEventListener('click', () => this.reset());
    this.#part('[data-schema-toggle]').addEventListener('click', () => void this.#toggleSchema());
    this.#part('[data-code]').addEventListener('click', (event) => {
      // A click in the highlighted code starts editing there, unless the reader was selecting text.
      if (this.dataset.editor || !document.getSelection()?.isCollapsed) return;
      void this.#edit({ x: event.clientX, y: event.clientY });
    });
  }

  #part(selector: string): HTMLElement {
    return this.querySelector<HTMLElement>(selector)!;
  }

  /** The code behind the buttons, imported on first use; a failed import is retried next time. */
  #load(): Promise<SqlExampleController> {
    this.#controller ??= import('./sql-example-actions.ts').then((loaded) => new loaded.SqlExampleController(this));
    this.#controller.catch(() => (this.#controller = null));
    return this.#controller;
  }

  /** The example's SQL as the page shows it (not repeated in an attribute: pages stay lighter). */
  get originalSql(): string {
    return this.#part('[data-code] pre').textContent ?? '';
  }

  get sql(): string {
    return this.#sql ?? this.originalSql;
  }

  set sql(text: string) {
    this.#sql = text;
    this.toggleAttribute('data-edited', text !== this.originalSql);
    labelStoredOutput(this);
    this.dispatchEvent(new CustomEvent('sqlchange', { bubbles: true }));
    if (this.#controller || text !== this.originalSql) void this.#editing((controller) => controller.showSql(text));
  }

  /** Puts the editor in place of the highlighted code and focuses it (at a clicked point). */
  #edit(at?: { x: number; y: number }): Promise<void> {
    return this.#editing((controller) => controller.edit(at));
  }

  /** Does something with the editor; if its code could not be loaded, says so (the next use retries). */
  async #editing(use: (controller: SqlExampleController) => Promise<void>): Promise<void> {
    try {
      await use(await this.#load());
    } catch {
      this.#part('[data-status]').textContent = 'The editor could not be loaded; Run still runs the query.';
    }
  }

  /** Ends a running query now. */
  stop(): void {
    void this.#controller?.then((controller) => controller.stop());
  }

  reset(): void {
    void this.#controller?.then((controller) => controller.reset());
    this.sql = this.originalSql;
    const live = this.#part('[data-live-result]');
    live.replaceChildren();
    live.hidden = true;
    this.#part('[data-status]').textContent = '';
    resetStoredOutput(this);
    delete this.dataset.state;
  }

  async run(): Promise<void> {
    let controller: SqlExampleController;
    try {
      controller = await this.#load();
    } catch (error) {
      // Only the import fails here (the controller reports a failed run itself).
      const live = this.#part('[data-live-result]');
      live.replaceChildren(messageParagraph(`The code that runs examples could not be loaded (${messageOf(error)}). The expected output is still shown below.`));
      live.hidden = false;
      this.#part('[data-status]').textContent = 'Could not run.';
      this.dataset.state = 'done';
      return;
    }
    await controller.run();
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
      panel.replaceChildren(await (await this.#load()).schemaTable());
      panel.dataset.state = 'loaded';
    } catch (error) {
      // The schema or the code that reads it could not be loaded: say so, without render-result.ts.
      panel.replaceChildren(messageParagraph(`The schema could not be read: ${messageOf(error)}`));
      delete panel.dataset.state;
    }
  }
}

customElements.define('sql-example', SqlExample);
