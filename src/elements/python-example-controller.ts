// What a <python-example> (python-example-element.ts) does once the reader acts on it: runs its code
// with the Python runner (src/runners/python/runner.ts), shows the progress of Python's first start
// and the outcome (python-run-view.ts), and opens the editor (python-editor.ts, imported on first
// edit). The element imports this on the first click, so pages load none of it.
import { secondsLabel } from '../lib/result-format.ts';
import type { PythonFiles } from '../runners/python/protocol.ts';
import { DEFAULT_TIMEOUT_MS, isPythonReady, preparePython, runPython } from '../runners/python/runner.ts';
import type { PythonEditor } from './python-editor.ts';
import { showOutcome, showProgress } from './python-run-view.ts';

/** The element's public API, which is all this uses of it. */
type PythonExampleElement = HTMLElement & { code: string; readonly originalCode: string };

export class PythonExampleController {
  #element: PythonExampleElement;
  #recordedOutput: string;
  #run: AbortController | null = null;
  #editor: PythonEditor | null = null;
  #editorLoading: Promise<PythonEditor | null> | null = null;
  #errorLine: number | null = null;

  /** `recordedOutput`: what the page showed as the code's recorded output when it loaded. */
  constructor(element: PythonExampleElement, recordedOutput: string) {
    this.#element = element;
    this.#recordedOutput = recordedOutput;
  }

  #part(selector: string): HTMLElement {
    return this.#element.querySelector<HTMLElement>(selector)!;
  }

  /** The example around it (Example.astro's <sql-example>): its id, title and recorded SQL. */
  #example(): HTMLElement & { originalSql: string } {
    return this.#element.closest<HTMLElement & { originalSql: string }>('sql-example')!;
  }

  /** The element's code changed (an edit, Reset, a shared link): the editor shows it, opened if it differs from the page's. */
  showCode(text: string): void {
    if (this.#editor) this.#editor.setText(text);
    else if (text !== this.#element.originalCode) void this.#loadEditor();
  }

  async edit(): Promise<void> {
    (await this.#loadEditor())?.focus();
  }

  #loadEditor(): Promise<PythonEditor | null> {
    this.#editorLoading ??= import('./python-editor.ts').then(
      ({ createPythonEditor }) => {
        const code = this.#part('[data-python-code]');
        const example = this.#example();
        this.#editor = createPythonEditor({
          parent: code,
          text: this.#element.code,
          label: `Python of the example “${example.querySelector('.example-title')?.textContent ?? example.id}”`,
          onChange: (text) => (this.#element.code = text),
          onRun: () => void this.run(),
          onLeave: () => this.#part('[data-run-python]').focus(),
        });
        code.querySelector('pre')!.hidden = true;
        this.#editor.markErrorLine(this.#errorLine);
        this.#element.dataset.editor = 'ready';
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

  /** The reader is pressing Run Python: Python starts now, ahead of the click. */
  prepare(): void {
    if (!this.#element.dataset.pythonUnavailable) preparePython(this.#files());
  }

  stop(): void {
    this.#run?.abort();
  }

  /** Ends a run and clears what runs showed; the element restores the code. */
  reset(): void {
    const running = this.#run;
    this.#run = null;
    running?.abort();
    this.#markErrorLine(null);
    this.#part('[data-python-live]').hidden = true;
    this.#part('[data-python-progress]').hidden = true;
    this.#part('[data-python-status]').textContent = '';
    this.#showIdle();
    delete this.#element.dataset.state;
  }

  #files(): PythonFiles {
    const files = JSON.parse(this.#element.dataset.pythonFiles!) as PythonFiles;
    const absolute = (url: string) => new URL(url, document.baseURI).href;
    return { pyodide: absolute(files.pyodide), stdlib: absolute(files.stdlib), django: absolute(files.django), dataset: absolute(files.dataset) };
  }

  async run(): Promise<void> {
    const element = this.#element;
    const status = this.#part('[data-python-status]');
    if (element.dataset.pythonUnavailable) {
      status.textContent = element.dataset.pythonUnavailable;
      return;
    }
    if (this.#run) return;
    const run = new AbortController();
    this.#run = run;
    this.#markErrorLine(null);
    element.dataset.state = 'running';
    element.setAttribute('aria-busy', 'true');
    this.#part('[data-stop-python]').hidden = false;
    status.textContent = isPythonReady() ? 'Running…' : 'Starting Python…';
    const timeoutMs = Number(element.dataset.timeoutMs) || DEFAULT_TIMEOUT_MS;
    const progress = this.#part('[data-python-progress]');
    const outcome = await runPython(
      { files: this.#files(), code: element.code, filename: `${this.#example().id}.py`, recordedSql: this.#example().originalSql, timeoutMs },
      {
        signal: run.signal,
        onProgress: (stage, loaded) => showProgress(progress, JSON.parse(element.dataset.pythonSizes!), stage, loaded),
        onStarted: () => {
          progress.hidden = true;
          status.textContent = `Running… (stops after ${secondsLabel(timeoutMs)})`;
        },
      },
    );
    if (this.#run !== run) return; // reset() while it ran
    this.#run = null;
    progress.hidden = true;
    showOutcome(element, outcome, { output: this.#recordedOutput, queries: Number(element.dataset.recordedQueries) }, element.hasAttribute('data-edited'));
    this.#markErrorLine(outcome.kind === 'result' ? outcome.run.errorLine : null);
    status.textContent = outcome.kind === 'result' ? 'Done.' : outcome.kind === 'stopped' ? 'Stopped.' : 'Could not run.';
    this.#showIdle();
    element.dataset.state = 'done';
  }

  #markErrorLine(line: number | null): void {
    this.#errorLine = line;
    this.#editor?.markErrorLine(line);
  }

  #showIdle(): void {
    const stop = this.#part('[data-stop-python]');
    if (document.activeElement === stop) this.#part('[data-run-python]').focus();
    stop.hidden = true;
    this.#element.removeAttribute('aria-busy');
  }
}
