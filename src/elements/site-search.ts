// Full-text search with Pagefind. The index is written at build time (integrations/pagefind.ts).
// The search itself (search-results.ts, which imports Pagefind's script, lists the results and
// moves between them with the arrow keys; Escape and the backdrop close the dialog) is imported on the first focus of, or input in, a search
// field, so pages do not pay for it up front; what was typed while it loaded is searched when it
// arrives.
//   <search-box>   an input and its results (in the header's dialog, and on the 404 page)
//   <site-search>  the header's Search button, the dialog, and the "/" and Ctrl+K shortcuts
import { loadOnUse } from './load-on-use.ts';

const loadSearch = loadOnUse(() => import('./search-results.ts'));

class SearchBox extends HTMLElement {
  #input = this.querySelector('input')!;
  #status = this.querySelector<HTMLElement>('[data-search-status]')!;
  #results = this.querySelector<HTMLOListElement>('[data-search-results]')!;

  connectedCallback() {
    this.#input.addEventListener('input', () => void this.search());
    this.#input.addEventListener('focus', () => void loadSearch().then(({ loadPagefind }) => loadPagefind()).catch(() => {}), { once: true });
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#results.querySelector('a')?.click();
    });
    // The 404 page searches for the words of the missing address.
    if (this.hasAttribute('data-query-from-address')) void this.search(true);
  }

  focusInput() {
    this.#input.focus();
    this.#input.select();
  }

  unavailable() {
    this.#status.textContent = 'Search is unavailable: its code could not be loaded.';
  }

  /** Searches for the input's text, or first puts the words of the page's address in it. */
  async search(fromAddress = false) {
    let search;
    try {
      search = await loadSearch();
    } catch {
      this.unavailable();
      return;
    }
    if (fromAddress) this.#input.value = search.termsOfAddress();
    await search.showSearchResults(this.#input, this.#status, this.#results);
  }
}

customElements.define('search-box', SearchBox);

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

class SiteSearch extends HTMLElement {
  #dialog = this.querySelector('dialog')!;

  connectedCallback() {
    this.querySelector('[data-search-open]')!.addEventListener('click', () => this.open());
    this.querySelector('[data-search-close]')!.addEventListener('click', () => this.#dialog.close());
    document.addEventListener('keydown', (event) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (ctrlK || slash) {
        event.preventDefault();
        this.open();
      }
    });
  }

  open() {
    if (!this.#dialog.open) this.#dialog.showModal();
    const box = this.querySelector<SearchBox>('search-box')!;
    box.focusInput();
    // Escape and a click on the backdrop close it, with the search code (the focus started loading it).
    void loadSearch().then(({ closeOnRequest }) => closeOnRequest(this.#dialog), () => box.unavailable());
  }
}

customElements.define('site-search', SiteSearch);
