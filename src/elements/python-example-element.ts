// <python-example>: Run Python on a Django ORM example (OrmExample.astro), with real Django in
// Pyodide. Its runner (src/runners/python/runner.ts), what shows a run (python-run-view.ts) and the
// editor are imported on first use, so nothing of Python is fetched before the reader asks, and the
// page's own script stays small. The original code and output are read from the page's markup.
//
//   element.code          the code a run executes now (get/set); `originalCode` is the page's
//   element.run(), .stop(), .reset()
//   data-edited           present while `code` differs from the original
//   'pythonchange' event  bubbles after every change of `code`
import { secondsLabel } from '../lib/result-format.ts';
import type { PythonFiles } from '../runners/python/protocol.ts';
import type { PythonEditor } from './python-editor.ts';

export class PythonExample extends HTMLElement {
  #originalCode = '';
  #recordedOutput = '';
  #code: string | null = null;
  #run: AbortController | null = null;
  #editor: PythonEditor | null = null;
  #editorLoading: Promise<PythonEditor | null> | null = null;
  #errorLine: number | null = null;

  connectedCallback() {
    this.#originalCode = this.#part('[data-python-code] pre').textContent ?? '';
    this.#recordedOutput = this.querySelector('[data-recorded-python-output]')?.textContent ?? '';
    this.#part('[data-run-python]').addEventListener('click', () => void this.run());
    if (this.dataset.pythonUnavailable) return;
    this.#part('[data-stop-python]').addEventListener('click', () => this.stop());
    this.#part('[data-edit-python]').addEventListener('click', () => void this.#edit());
    this.#part('[data-reset-python]').addEventListener('click', () => this.reset());
  }

  /** The example around it (Example.astro's <sql-example>): its id, title and recorded SQL. */
  #example(): HTMLElement & { originalSql: string } {
    return this.closest<HTMLElement & { originalSql: string }>('sql-example')!;
  }

  #part(selector: string): HTMLElement {
    return this.querySelector<HTMLElement>(selector)!;
  }

  get originalCode(): string {
    return this.#originalCode;
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
    let modules;
    try {
      modules = await Promise.all([import('../runners/python/runner.ts'), import('./python-run-view.ts')]);
    } catch {
      this.#run = null;
      status.textContent = 'Run Python could not be loaded (are you offline?); the next click tries again.';
      this.#showIdle();
      delete this.dataset.state;
      return;
    }
    const [{ isPythonReady, runPython, DEFAULT_TIMEOUT_MS }, view] = modules;
    const timeoutMs = Number(this.dataset.timeoutMs) || DEFAULT_TIMEOUT_MS;
    if (!isPythonReady()) status.textContent = 'Starting Python…';
    const outcome = await runPython(
      { files: this.#files(), code: this.code, filename: `${this.#example().id}.py`, recordedSql: this.#example().originalSql, timeoutMs },
      {
        signal: run.signal,
        onProgress: (stage, loaded) => view.showProgress(this.#part('[data-python-progress]'), JSON.parse(this.dataset.pythonSizes!), stage, loaded),
        onStarted: () => {
          this.#part('[data-python-progress]').hidden = true;
          status.textContent = `Running… (stops after ${secondsLabel(timeoutMs)})`;
        },
      },
    );
    if (this.#run !== run) return; // reset() while it ran
    this.#run = null;
    this.#part('[data-python-progress]').hidden = true;
    view.showOutcome(this, outcome, { output: this.#recordedOutput, queries: Number(this.dataset.recordedQueries) }, this.hasAttribute('data-edited'));
    this.#markErrorLine(outcome.kind === 'result' ? outcome.run.errorLine : null);
    status.textContent = outcome.kind === 'result' ? 'Done.' : outcome.kind === 'stopped' ? 'Stopped.' : 'Could not run.';
    this.#showIdle();
    this.dataset.state = 'done';
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
