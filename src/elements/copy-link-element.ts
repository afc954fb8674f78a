// <copy-link>: copies the link to the question, or, inside an <sql-example>, to that example,
// or, inside an <sql-challenge>, to that challenge (in interview mode, the link for a candidate).
// When the reader has edited the example (data-edited), the link carries the edited SQL, and the
// edited Python of an ORM example. Talks to <sql-example> and <python-example> only through their
// public API: `sql` / `code`, data-edited, and the 'sqlchange' / 'pythonchange' events (which
// bubble to the <sql-example>). The page loads only the label's upkeep: making and copying the
// link (copy-link-copy.ts) is imported when the reader points at, focuses or presses the button.
import { messageParagraph, loadOnIntent, loadOnUse } from './load-on-use.ts';

const loadCopying = loadOnUse(() => import('./copy-link-copy.ts'));

class CopyLink extends HTMLElement {
  #button = this.querySelector('button')!;
  #label = this.querySelector<HTMLElement>('[data-copy-label]')!;
  #example = this.closest<HTMLElement>('sql-example');

  connectedCallback() {
    loadOnIntent(this.#button, loadCopying);
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
    let loaded;
    try {
      loaded = await loadCopying();
    } catch {
      const error = messageParagraph('The link could not be made: this page’s code for it could not be loaded.', 'copy-link-error');
      this.querySelector('[data-copy-message]')!.replaceChildren(error);
      return;
    }
    await loaded.copyLink(this);
  }
}

customElements.define('copy-link', CopyLink);
