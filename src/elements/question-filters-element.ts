// <question-filters>: narrows the home page's list by topic, difficulty and tag. Without
// JavaScript the form stays unseen (global.css) and the list is complete. The choice lives in the URL.
import { filterFromSearch, filterToSearch, matchesFilter, type FilterState } from '../lib/question-filter.ts';

class QuestionFilters extends HTMLElement {
  #form = this.querySelector('form')!;
  #count = this.querySelector<HTMLElement>('[data-filter-count]')!;
  #empty = this.querySelector<HTMLElement>('[data-filter-empty]')!;

  connectedCallback() {
    this.#form.addEventListener('change', () => this.#apply(this.#formState()));
    for (const clear of this.querySelectorAll('[data-filter-clear]')) {
      clear.addEventListener('click', () => this.#apply({ topic: '', difficulty: '', tag: '' }));
    }
    // Tag links (?tag=…) filter in place instead of reloading the page.
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-tag-link]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      this.#apply({ ...this.#formState(), tag: new URL(link.href).searchParams.get('tag') ?? '' });
    });
    this.#apply(filterFromSearch(location.search));
  }

  #formState(): FilterState {
    const data = new FormData(this.#form);
    return { topic: String(data.get('topic') ?? ''), difficulty: String(data.get('difficulty') ?? ''), tag: String(data.get('tag') ?? '') };
  }

  #apply(state: FilterState) {
    for (const name of ['topic', 'difficulty', 'tag'] as const) {
      const select = this.#form.elements.namedItem(name) as HTMLSelectElement;
      // A value the page does not offer (an old link, a typo) would silently hide everything.
      if (![...select.options].some((option) => option.value === state[name])) state[name] = '';
      select.value = state[name];
    }
    const items = [...this.querySelectorAll<HTMLElement>('[data-question]')];
    let shown = 0;
    for (const item of items) {
      const { topic = '', difficulty = '', tags = '' } = item.dataset;
      item.hidden = !matchesFilter({ topic, difficulty, tags: tags.split(' ') }, state);
      if (!item.hidden) shown++;
    }
    for (const section of this.querySelectorAll<HTMLElement>('[data-topic-section]')) {
      section.hidden = !section.querySelector('[data-question]:not([hidden])');
    }
    this.#count.textContent = `Showing ${shown} of ${items.length} ${this.dataset.noun ?? 'questions'}.`;
    this.#empty.hidden = shown > 0;
    history.replaceState(history.state, '', `${location.pathname}${filterToSearch(state)}${location.hash}`);
  }
}

customElements.define('question-filters', QuestionFilters);
