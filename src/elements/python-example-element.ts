// <python-example>: Run Python on a Django ORM example (OrmExample.astro), with real Django in
// Pyodide. Every page with an ORM example loads this at once, so it holds only the element's API;
// what its buttons do (run, progress, outcome, editor: python-example-controller.ts) is imported on
// the first click, or when a shared link sets `code`. The original code is read from the markup.
//
//   element.code          the code a run executes now (get/set); `originalCode` is the page's
//   element.run(), .stop(), .reset(), .edit()
//   data-state            "running", then "done" (set by python-example-controller.ts)
//   data-edited           present while `code` differs from the original
//   'pythonchange' event  bubbles after every change of `code`
import type { PythonExampleController } from './python-example-controller.ts';

export class PythonExample extends HTMLElement {
  #originalCode = '';
  /** The output the page recorded for the code, read as the page loaded: every run is compared with it. */
  #recordedOutput = '';
  #code: string | null = null;
  #controller: Promise<PythonExampleController | null> | null = null;

  connectedCallback() {
    const text = (selector: string) => this.querySelector(selector)?.textContent ?? '';
    this.#originalCode = text('[data-python-code] pre');
    this.#recordedOutput = text('[data-recorded-python-output]');
    for (const action of ['run', 'stop', 'edit', 'reset'] as const) {
      this.querySelector(`[data-${action}-python]`)?.addEventListener('click', () => void this[action]());
    }
    // Python starts as the reader presses Run Python, ~100 ms before the click.
    this.querySelector('[data-run-python]')!.addEventListener('pointerdown', () => void this.#load().then((controller) => controller?.prepare()));
  }

  get originalCode(): string {
    return this.#originalCode;
  }

  get code(): string {
    return this.#code ?? this.#originalCode;
  }

  set code(text: string) {
    this.#code = text;
    this.toggleAttribute('data-edited', text !== this.#originalCode);
    this.dispatchEvent(new CustomEvent('pythonchange', { bubbles: true }));
    // The editor shows the code; an edit (or a shared link's code) opens it.
    if (this.#controller || text !== this.#originalCode) void this.#load().then((controller) => controller?.showCode(this.code));
  }

  #load(): Promise<PythonExampleController | null> {
    return (this.#controller ??= import('./python-example-controller.ts').then(
      (loaded) => new loaded.PythonExampleController(this, this.#recordedOutput),
      () => {
        this.#controller = null;
        this.querySelector('[data-python-status]')!.textContent = 'Run Python could not be loaded (are you offline?); the next click tries again.';
        return null;
      },
    ));
  }

  run(): Promise<void> {
    return this.#load().then((controller) => controller?.run());
  }

  edit(): Promise<void> {
    return this.#load().then((controller) => controller?.edit());
  }

  stop(): void {
    void this.#controller?.then((controller) => controller?.stop());
  }

  reset(): void {
    void this.#controller?.then((controller) => controller?.reset());
    this.code = this.#originalCode;
  }
}

customElements.define('python-example', PythonExample);
