// <sql-example>: the Run widget around a pre-rendered example (see Example.astro).
//
// Its API, for other scripts on the page (editor, share links):
//   element.sql           the SQL a Run executes now (get/set); `data-sql` keeps the original
//   element.reset()       back to the original SQL, and the stored output only
//   data-edited           present while `sql` differs from the original
//   'sqlchange' event     bubbles after every change of `sql`
import { renderError, renderOutcome } from './render-result.ts';
import { isSqliteReady, runExample } from './sql-runner.ts';

export class SqlExample extends HTMLElement {
  #running = false;
  #sql: string | null = null;

  connectedCallback() {
    this.querySelector<HTMLButtonElement>('[data-run]')?.addEventListener('click', () => void this.run());
  }

  get originalSql(): string {
    return this.dataset.sql ?? '';
  }

  get sql(): string {
    return this.#sql ?? this.originalSql;
  }

  set sql(text: string) {
    this.#sql = text;
    this.toggleAttribute('data-edited', text !== this.originalSql);
    this.dispatchEvent(new CustomEvent('sqlchange', { bubbles: true }));
  }

  reset(): void {
    this.sql = this.originalSql;
    const live = this.querySelector<HTMLElement>('[data-live-result]')!;
    live.replaceChildren();
    live.hidden = true;
    delete this.dataset.state;
  }

  async run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const live = this.querySelector<HTMLElement>('[data-live-result]')!;
    this.dataset.state = 'running';
    this.setAttribute('aria-busy', 'true');
    status.textContent = isSqliteReady() ? 'Running…' : 'Loading SQLite…';
    const outcome = await runExample({
      datasetUrl: this.dataset.datasetUrl!,
      setupSql: this.dataset.setup ?? null,
      sql: this.sql,
      timeoutMs: this.dataset.timeoutMs ? Number(this.dataset.timeoutMs) : undefined,
    });
    const heading = document.createElement('p');
    heading.className = 'output-label';
    const nodes: HTMLElement[] = [heading];
    if (outcome.kind === 'result') {
      heading.textContent = `Result (ran in your browser in ${Math.round(outcome.elapsedMs)} ms)`;
      nodes.push(...outcome.result.statements.map(renderOutcome));
      if (outcome.result.statements.length === 0 && !outcome.result.error) {
        nodes.push(renderError('Nothing to run: the SQL is empty or only comments.'));
      }
      const { error } = outcome.result;
      if (error) nodes.push(renderError(`Error on line ${error.line}: ${error.message}`));
      status.textContent = outcome.result.error ? 'Finished with an error.' : 'Done.';
    } else if (outcome.kind === 'stopped') {
      heading.textContent = 'Result';
      const why =
        outcome.reason === 'timeout'
          ? `The query was stopped after ${(outcome.elapsedMs / 1000).toFixed(1)} s: it ran past the time limit.`
          : 'The query was stopped.';
      nodes.push(renderError(why));
      status.textContent = 'Stopped.';
    } else {
      heading.textContent = 'Result';
      nodes.push(renderError(outcome.message));
      status.textContent = 'Could not run.';
    }
    live.replaceChildren(...nodes);
    live.hidden = false;
    this.dataset.state = 'done';
    this.removeAttribute('aria-busy');
    this.#running = false;
  }
}

customElements.define('sql-example', SqlExample);
