// <python-example>: Run Python on a Django ORM example (OrmExample.astro), with real Django in
// Pyodide. Its runner (src/runners/python/runner.ts) and the editor are imported on first use, so
// nothing of Python is fetched before the reader asks. Everything is shown as text.
//
//   element.code          the code a run executes now (get/set); `data-python` keeps the original
//   element.run(), .stop(), .reset()
//   data-edited           present while `code` differs from the original
//   'pythonchange' event  bubbles after every change of `code`
import { element, renderError, renderTable } from '../lib/render-result.ts';
import { secondsLabel } from '../lib/result-format.ts';
import type { PythonFiles, PythonRun, Stage } from '../runners/python/protocol.ts';
import type { PythonOutcome } from '../runners/python/runner.ts';
import type { PythonEditor } from './python-editor.ts';

const STAGE_LABELS: Record<Stage, string> = {
  download: 'Downloading Python',
  start: 'Starting Python',
  django: 'Loading Django',
  data: 'Loading the data',
};

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function queriesLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'query' : 'queries'}`;
}

export class PythonExample extends HTMLElement {
  #code: string | null = null;
  #run: AbortController | null = null;
  #editor: PythonEditor | null = null;
  #editorLoading: Promise<PythonEditor | null> | null = null;
  #errorLine: number | null = null;

  connectedCallback() {
    this.#part('[data-run-python]').addEventListener('click', () => void this.run());
    if (this.dataset.pythonUnavailable) return;
    this.#part('[data-stop-python]').addEventListener('click', () => this.stop());
    this.#part('[data-edit-python]').addEventListener('click', () => void this.#edit());
    this.#part('[data-reset-python]').addEventListener('click', () => this.reset());
  }

  /** The example around it (Example.astro's <sql-example>): its id, title and recorded SQL. */
  #example(): HTMLElement {
    return this.closest<HTMLElement>('sql-example')!;
  }

  #part(selector: string): HTMLElement {
    return this.querySelector<HTMLElement>(selector)!;
  }

  get originalCode(): string {
    return this.dataset.python ?? '';
  }

  get code(): string {
    return this.#code ?? this.originalCode;
  }

  set code(text: string) {
    this.#setCode(text);
    if (this.#editor) this.#editor.setText(text);
    else if (text !== this.originalCode) void this.#loadEditor();
  }

  #setCode(text: string): void {
    this.#code = text;
    this.toggleAttribute('data-edited', text !== this.originalCode);
    this.dispatchEvent(new CustomEvent('pythonchange', { bubbles: true }));
  }

  async #edit(): Promise<void> {
    (await this.#loadEditor())?.focus();
  }

  #loadEditor(): Promise<PythonEditor | null> {
    this.#editorLoading ??= import('./python-editor.ts').then(
      ({ createPythonEditor }) => {
        const code = this.#part('[data-python-code]');
        this.#editor = createPythonEditor({
          parent: code,
          text: this.code,
          label: `Python of the example “${this.#example().querySelector('.example-title')?.textContent ?? this.#example().id}”`,
          onChange: (text) => this.#setCode(text),
          onRun: () => void this.run(),
          onLeave: () => this.#part('[data-run-python]').focus(),
        });
        code.querySelector('pre')!.hidden = true;
        this.#editor.markErrorLine(this.#errorLine);
        this.dataset.editor = 'ready';
        return this.#editor;
      },
      () => {
        this.#editorLoading = null;
        this.#part('[data-python-status]').textContent = 'The editor could not be loaded; Run Python still runs the code.';
        return null;
      },
    );
    return this.#editorLoading;
  }

  stop(): void {
    this.#run?.abort();
  }

  reset(): void {
    const running = this.#run;
    this.#run = null;
    running?.abort();
    this.code = this.originalCode;
    this.#markErrorLine(null);
    const live = this.#part('[data-python-live]');
    live.hidden = true;
    this.#part('[data-python-progress]').hidden = true;
    this.#part('[data-python-status]').textContent = '';
    this.#showIdle();
    delete this.dataset.state;
  }

  #files(): PythonFiles {
    const files = JSON.parse(this.dataset.pythonFiles!) as PythonFiles;
    const absolute = (url: string) => new URL(url, document.baseURI).href;
    return { pyodide: absolute(files.pyodide), stdlib: absolute(files.stdlib), django: absolute(files.django), dataset: absolute(files.dataset) };
  }

  async run(): Promise<void> {
    const status = this.#part('[data-python-status]');
    if (this.dataset.pythonUnavailable) {
      status.textContent = this.dataset.pythonUnavailable;
      return;
    }
    if (this.#run) return;
    const run = new AbortController();
    this.#run = run;
    this.#markErrorLine(null);
    this.dataset.state = 'running';
    this.setAttribute('aria-busy', 'true');
    this.#part('[data-stop-python]').hidden = false;
    status.textContent = 'Running…';
    const { isPythonReady, runPython, DEFAULT_TIMEOUT_MS } = await import('../runners/python/runner.ts');
    const timeoutMs = Number(this.dataset.timeoutMs) || DEFAULT_TIMEOUT_MS;
    if (!isPythonReady()) status.textContent = 'Starting Python…';
    const outcome = await runPython(
      { files: this.#files(), code: this.code, filename: `${this.#example().id}.py`, recordedSql: this.#example().dataset.sql ?? '', timeoutMs },
      {
        signal: run.signal,
        onProgress: (stage, loaded) => this.#showProgress(stage, loaded),
        onStarted: () => {
          this.#part('[data-python-progress]').hidden = true;
          status.textContent = `Running… (stops after ${secondsLabel(timeoutMs)})`;
        },
      },
    );
    if (this.#run !== run) return; // reset() while it ran
    this.#run = null;
    this.#part('[data-python-progress]').hidden = true;
    this.#showOutcome(outcome);
    this.#markErrorLine(outcome.kind === 'result' ? outcome.run.errorLine : null);
    status.textContent = outcome.kind === 'result' ? 'Done.' : outcome.kind === 'stopped' ? 'Stopped.' : 'Could not run.';
    this.#showIdle();
    this.dataset.state = 'done';
  }

  #showProgress(stage: Stage, loaded?: number): void {
    const sizes = JSON.parse(this.dataset.pythonSizes!) as { runtime: number; django: number };
    const box = this.#part('[data-python-progress]');
    const bar = box.querySelector('progress')!;
    const stages = Object.keys(STAGE_LABELS) as Stage[];
    box.hidden = false;
    // Downloading fills the first half of the bar by bytes; each later stage a step of the rest.
    const total = sizes.runtime + sizes.django;
    const fraction = stage === 'download' ? (0.5 * Math.min(loaded ?? 0, total)) / total : 0.5 + (0.5 * stages.indexOf(stage)) / stages.length;
    bar.value = Math.round(fraction * 100);
    const size =
      stage === 'download'
        ? ` (${megabytes(loaded ?? 0)} of ${megabytes(total)})`
        : stage === 'django'
          ? ` (${megabytes(sizes.django)})`
          : '';
    box.querySelector('[data-python-progress-label]')!.textContent = `${STAGE_LABELS[stage]}${size}…`;
  }

  #showOutcome(outcome: PythonOutcome): void {
    const live = this.#part('[data-python-live]');
    const output = this.#part('[data-python-output]');
    const queries = this.#part('[data-python-queries]');
    const comparison = this.#part('[data-python-comparison]');
    live.hidden = false;
    queries.replaceChildren();
    comparison.textContent = '';
    if (outcome.kind !== 'result') {
      output.replaceChildren(
        renderError(
          outcome.kind === 'failure'
            ? outcome.message
            : outcome.reason === 'timeout'
              ? `Stopped: the code ran longer than the ${secondsLabel(outcome.timeoutMs)} time limit. The next run starts Python again.`
              : `Stopped after ${secondsLabel(outcome.elapsedMs)}, as you asked. The next run starts Python again.`,
        ),
      );
      return;
    }
    const { run } = outcome;
    output.textContent = run.output + (run.cutLines > 0 ? `… ${run.cutLines.toLocaleString('en-US')} more lines not shown\n` : '');
    this.#part('[data-python-live-label]').textContent = `Python output (ran in your browser in ${Math.round(outcome.elapsedMs)} ms)`;
    comparison.textContent = this.#comparison(run);
    queries.append(element('p', 'output-label', `SQL Django sent: ${queriesLabel(run.queryCount)}`));
    run.queries.forEach((query, i) => {
      const item = element('div', 'python-query');
      item.append(element('p', 'python-query-number', `Query ${i + 1}`), element('pre', 'python-query-sql', query.sql));
      if (query.table) item.append(renderTable({ columns: query.table.columns, rows: query.table.rows as never }, query.table.rowCount));
      if (query.error) item.append(renderError(`SQLite: ${query.error}`));
      queries.append(item);
    });
    if (run.queries.length < run.queryCount) queries.append(element('p', 'statement-done', `… and ${queriesLabel(run.queryCount - run.queries.length)} more, not listed.`));
  }

  /** Whether the run gave what the page recorded (<id>.orm.json and <id>.sql), or what changed. */
  #comparison(run: PythonRun): string {
    const recordedCount = Number(this.dataset.recordedQueries);
    const outputSame = run.cutLines === 0 && run.output.replace(/\n$/, '') === (this.dataset.recordedOutput ?? '');
    const edited = this.hasAttribute('data-edited');
    if (outputSame && run.sqlMatches && run.queryCount === recordedCount) {
      return edited ? 'Your edit gives the same output and SQL as the recorded run.' : 'Matches the recorded run: the same output and the same SQL.';
    }
    const changes = [
      ...(outputSame ? [] : ['the output differs']),
      ...(run.queryCount === recordedCount ? [] : [`${queriesLabel(run.queryCount)} instead of ${recordedCount}`]),
      ...(run.sqlMatches || run.queryCount !== recordedCount ? [] : ['the SQL differs']),
    ];
    return `${edited ? 'Compared with the recorded run of the original code' : 'Differs from the recorded run'}: ${changes.join(', ')}.`;
  }

  #markErrorLine(line: number | null): void {
    this.#errorLine = line;
    this.#editor?.markErrorLine(line);
  }

  #showIdle(): void {
    const stop = this.#part('[data-stop-python]');
    if (document.activeElement === stop) this.#part('[data-run-python]').focus();
    stop.hidden = true;
    this.removeAttribute('aria-busy');
  }
}

customElements.define('python-example', PythonExample);
