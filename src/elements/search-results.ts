// The search itself, imported by <search-box> (site-search.ts) on the first focus of, or input in,
// a search field: Pagefind's index script, the query, its results as text and <mark>s, and the
// arrow keys that move between the input and the results, and what else closes the dialog.
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

export function loadPagefind(): Promise<Pagefind> {
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

/** The words of the page's address, for the 404 page's search. */
export const termsOfAddress = () => searchTermsFromPath(location.pathname, withBase('/'));

/** The inputs whose results the arrow keys already move between. */
const withArrowKeys = new WeakSet<HTMLInputElement>();

/** Arrow keys move between the input and the results (there are none before this module runs). */
function addArrowKeys(input: HTMLInputElement, results: HTMLOListElement): void {
  if (withArrowKeys.has(input)) return;
  withArrowKeys.add(input);
  for (const target of [input, results] as HTMLElement[]) {
    target.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const stops = [input, ...results.querySelectorAll('a')];
      const index = stops.indexOf(document.activeElement as HTMLInputElement);
      if (index === -1) return;
      const next = stops[index + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    });
  }
}

/** The dialogs that Escape and the backdrop already close. */
const closing = new WeakSet<HTMLDialogElement>();

/** Escape closes `dialog` at once (in a search field it would first only clear the text), and so does a click on its backdrop. */
export function closeOnRequest(dialog: HTMLDialogElement): void {
  if (closing.has(dialog)) return;
  closing.add(dialog);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  // The backdrop is the dialog element itself, outside its content.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}

/** Searches for the input's text (as it is now) and lists what is found. */
export async function showSearchResults(input: HTMLInputElement, status: HTMLElement, results: HTMLOListElement): Promise<void> {
  addArrowKeys(input, results);
  const term = input.value.trim();
  if (!term) {
    results.replaceChildren();
    status.textContent = '';
    return;
  }
  let search;
  try {
    search = await (await loadPagefind()).debouncedSearch(term);
  } catch {
    status.textContent = 'Search is unavailable: its index is missing (it is written by npm run build).';
    return;
  }
  if (search === null || term !== input.value.trim()) return; // a newer search superseded this one
  const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  results.replaceChildren(
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
  status.textContent =
    total === 0
      ? `No questions found for “${term}”.`
      : `${total} ${total === 1 ? 'question' : 'questions'} found${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
}
