// Full-text search with Pagefind. The index is written at build time (integrations/pagefind.ts);
// its script is imported only when a reader opens search, so pages do not pay for it up front.
//   <search-box>   an input and its results (in the header's dialog, and on the 404 page)
//   <site-search>  the header's Search button, the dialog, and the "/" and Ctrl+K shortcuts
import { withBase } from '../lib/base-path.ts';
import { searchTermsFromPath } from '../lib/search-terms.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  debouncedSearch(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  // Not a bundled module: Pagefind writes it into the built site, so it is imported by URL.
  pagefind ??= import(/* @vite-ignore */ withBase('pagefind/pagefind.js')) as Promise<Pagefind>;
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

/** Pagefind's excerpt is HTML with <mark> around matches: keep the text and the marks, nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

const MAX_RESULTS = 8;

class SearchBox extends HTMLElement {
  #input = this.querySelector('input')!;
  #status = this.querySelector<HTMLElement>('[data-search-status]')!;
  #results = this.querySelector<HTMLOListElement>('[data-search-results]')!;

  connectedCallback() {
    this.#input.addEventListener('input', () => void this.search());
    this.#input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#results.querySelector('a')?.click();
    });
    // Arrow keys move between the input and the results.
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const stops = [this.#input, ...this.#results.querySelectorAll('a')];
      const index = stops.indexOf(document.activeElement as HTMLInputElement);
      if (index === -1) return;
      const next = stops[index + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    });
    if (this.hasAttribute('data-query-from-address')) {
      this.#input.value = searchTermsFromPath(location.pathname, withBase('/'));
      void this.search();
    }
  }

  focusInput() {
    this.#input.focus();
    this.#input.select();
  }

  async search() {
    const term = this.#input.value.trim();
    if (!term) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    let search;
    try {
      search = await (await loadPagefind()).debouncedSearch(term);
    } catch {
      this.#status.textContent = 'Search is unavailable: its index is missing (it is written by npm run build).';
      return;
    }
    if (search === null || term !== this.#input.value.trim()) return; // a newer search superseded this one
    const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    this.#results.replaceChildren(
      ...found.map((data) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = data.url;
        link.textContent = data.meta.title ?? data.url;
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(data.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    const total = search.results.length;
    this.#status.textContent =
      total === 0
        ? `No questions found for “${term}”.`
        : `${total} ${total === 1 ? 'question' : 'questions'} found${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
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
    // Escape closes at once (in a search field it would first only clear the text).
    this.#dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.#dialog.close();
      }
    });
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.#dialog.close();
    });
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
    this.querySelector<SearchBox>('search-box')!.focusInput();
  }
}

customElements.define('site-search', SiteSearch);
