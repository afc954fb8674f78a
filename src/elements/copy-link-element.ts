// <copy-link>: copies the link to the question, or, inside an <sql-example>, to that example,
// or, inside an <sql-challenge>, to that challenge (in interview mode, the link for a candidate).
// When the reader has edited the example (data-edited), the link carries the edited SQL, and the
// edited Python of an ORM example. Talks to <sql-example> and <python-example> only through their
// public API: `sql` / `code`, data-edited, and the 'sqlchange' / 'pythonchange' events (which
// bubble to the <sql-example>). The page loads only the label's upkeep: making and copying the
// link (copy-link-copy.ts) is imported when the reader points at, focuses or presses the button.

type Copying = typeof import('./copy-link-copy.ts');
let copying: Promise<Copying> | null = null;

function loadCopying(): Promise<Copying> {
  copying ??= import('./copy-link-copy.ts');
  copying.catch(() => (copying = null));
  return copying;
}

class CopyLink extends HTMLElement {
  #button = this.querySelector('button')!;
  #label = this.querySelector<HTMLElement>('[data-copy-label]')!;
  #example = this.closest<HTMLElement>('sql-example');

  connectedCallback() {
    for (const intent of ['pointerover', 'focus']) this.#button.addEventListener(intent, () => void loadCopying().catch(() => {}), { once: true });
    this.#button.addEventListener('click', () => void this.copy());
    this.#example?.addEventListener('sqlchange', () => this.#showLabel());
    this.#example?.addEventListener('pythonchange', () => this.#showLabel());
    this.#showLabel();
  }

  #showLabel() {
    const edited = this.#example?.hasAttribute('data-edited') || this.#example?.querySelector('python-example')?.hasAttribute('data-edited');
    this.#label.textContent = edited ? 'Copy link with your edit' : 'Copy link';
  }

  async copy() {
    let loaded: Copying;
    try {
      loaded = await loadCopying();
    } catch {
      const error = Object.assign(document.createElement('p'), { className: 'copy-link-error', role: 'alert', textContent: 'The link could not be made: this page’s code for it could not be loaded.' });
      this.querySelector('[data-copy-message]')!.replaceChildren(error);
      return;
    }
    await loaded.copyLink(this);
  }
}

customElements.define('copy-link', CopyLink);
