// What an <sql-example> (sql-example-element.ts) does once the reader acts on it: runs its SQL and
// shows the outcome, how it compares with the stored output and the status; reads the schema for
// the Schema panel and the editor's completion; opens the editor (sql-editor.ts, imported on first
// edit). The element imports this on the first intent to run or other first use, so pages load
// none of it; it uses only the element's public API.
import { DEFAULT_TIMEOUT_MS, isSqliteReady, loadSchema, prepareRun, runExample, type ExampleSource, type RunOutcome } from '../runners/sql/sql-runner.ts';
import { renderRunOutcome } from './render-result.ts';
import { renderSchema } from './render-schema.ts';
import { showStoredComparison } from './example-stored-comparison.ts';
import { secondsLabel } from '../lib/result-format.ts';
import type { SqlEditor } from './sql-editor.ts';

type SqlExampleElement = HTMLElement & { sql: string; readonly originalSql: string; run(): Promise<void> };

function statusAfter(outcome: RunOutcome): string {
  if (outcome.kind === 'result') return outcome.result.error ? 'Finished with an error.' : 'Done.';
  return outcome.kind === 'stopped' ? 'Stopped.' : 'Could not run.';
}

export class SqlExampleController {
  #example: SqlExampleElement;
  /** The run in progress; aborting it stops the query. */
  #run: AbortController | null = null;
  #editor: SqlEditor | null = null;
  #editorLoading: Promise<SqlEditor> | null = null;
  /** The line the last run failed on, marked in the editor (also when it loads later). */
  #errorLine: number | null = null;

  constructor(example: SqlExampleElement) {
    this.#example = example;
  }

  #part(selector: string): HTMLElement {
    return this.#example.querySelector<HTMLElement>(selector)!;
  }

  #source(): ExampleSource {
    return { datasetUrl: this.#example.dataset.datasetUrl!, setupSql: this.#example.querySelector('[data-setup] pre')?.textContent ?? null };
  }

  /** The reader is about to press Run: SQLite starts loading now. */
  prepare(): void {
    prepareRun(this.#source());
  }

  /** The Schema panel's table of the example's tables; rejects when they cannot be read. */
  async schemaTable(): Promise<HTMLElement> {
    return renderSchema(await loadSchema(this.#source()));
  }

  /** The element's SQL changed: the editor shows it, opened if it differs from the page's. Rejects if the editor cannot be loaded. */
  async showSql(text: string): Promise<void> {
    if (this.#editor) this.#editor.setText(text);
    else if (text !== this.#example.originalSql) await this.#loadEditor();
  }

  async edit(at?: { x: number; y: number }): Promise<void> {
    (await this.#loadEditor()).focus(at);
  }

  /** The editor, created on first use; a failed import is retried on the next use. */
  #loadEditor(): Promise<SqlEditor> {
    const example = this.#example;
    this.#editorLoading ??= import('./sql-editor.ts').then(({ createWidgetEditor }) => {
      this.#editor = createWidgetEditor(example, {
        text: example.sql,
        label: (title) => `SQL of the example “${title}”`,
        onChange: (text) => (example.sql = text),
        onRun: () => void example.run(),
        onLeave: () => this.#part('[data-run]').focus(),
        // Completion is a bonus: without the schema the editor still works.
        schema: loadSchema(this.#source()),
      });
      this.#editor.markErrorLine(this.#errorLine);
      return this.#editor;
    });
    this.#editorLoading.catch(() => (this.#editorLoading = null));
    return this.#editorLoading;
  }

  /** Ends a running query now. */
  stop(): void {
    this.#run?.abort();
  }

  /** Ends a run and its marks; the element restores the SQL and clears the result. */
  reset(): void {
    const running = this.#run;
    this.#run = null;
    running?.abort();
    this.#markErrorLine(null);
    this.#showIdle();
  }

  /** Runs the element's SQL and shows the outcome, unless the reader pressed Reset meanwhile. */
  async run(): Promise<void> {
    if (this.#run) return;
    const example = this.#example;
    const run = new AbortController();
    this.#run = run;
    this.#markErrorLine(null);
    example.dataset.state = 'running';
    example.setAttribute('aria-busy', 'true');
    this.#part('[data-stop]').hidden = false;
    const status = this.#part('[data-status]');
    status.textContent = isSqliteReady() ? 'Running…' : 'Loading SQLite…';
    const timeoutMs = Number(example.dataset.timeoutMs) || DEFAULT_TIMEOUT_MS;
    const outcome = await runExample(
      { ...this.#source(), sql: example.sql, timeoutMs },
      { signal: run.signal, onStarted: () => (status.textContent = `Running… (stops after ${secondsLabel(timeoutMs)})`) },
    );
    if (this.#run !== run) return; // reset() while it ran: its result is no longer wanted
    this.#run = null;
    const live = this.#part('[data-live-result]');
    live.replaceChildren(...renderRunOutcome(outcome));
    live.hidden = false;
    showStoredComparison(example, outcome, live);
    status.textContent = statusAfter(outcome);
    this.#markErrorLine(outcome.kind === 'result' ? (outcome.result.error?.line ?? null) : null);
    this.#showIdle();
    example.dataset.state = 'done';
  }

  #markErrorLine(line: number | null): void {
    this.#errorLine = line;
    this.#editor?.markErrorLine(line);
  }

  #showIdle(): void {
    const stop = this.#part('[data-stop]');
    if (document.activeElement === stop) this.#part('[data-run]').focus();
    stop.hidden = true;
    this.#example.removeAttribute('aria-busy');
  }
}
