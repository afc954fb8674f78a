// <dialect-tabs>: the SQLite / PostgreSQL tabs of a Django ORM example (see Example.astro).
//
// The build renders both panels, each under a visible heading, and the tab list hidden: without
// JavaScript a reader sees the two one after the other. This element turns them into tabs (the
// WAI-ARIA pattern): it shows the tab list, gives the panels role="tabpanel", hides the headings
// (the tabs name the panels) and every panel but the selected one. Arrow keys, Home and End move
// between tabs; only the selected tab is in the Tab order.
//
// The PostgreSQL panel's SQL and rows are not in the page (they weighed 1.2–3.4 KB gzip of the
// heaviest pages' HTML): the first time the panel opens, postgresql-panel.ts, loaded then, fetches and
// renders them, with a status while it fetches. If that fails (offline, not cached yet), an alert says so and the next opening retries.
import { tabForKey } from '../lib/tab-keys.ts';
import { messageParagraph } from './load-on-use.ts';

class DialectTabs extends HTMLElement {
  connectedCallback() {
    const tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    this.querySelector<HTMLElement>('[role="tablist"]')!.hidden = false;
    for (const tab of tabs) {
      const panel = this.#panel(tab);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.querySelector<HTMLElement>('[data-dialect-heading]')!.hidden = true;
      tab.addEventListener('click', () => this.#select(tab, tabs));
      tab.addEventListener('keydown', (event) => {
        const next = tabForKey(event.key, tabs.indexOf(tab), tabs.length);
        if (next === null) return;
        event.preventDefault();
        this.#select(tabs[next]!, tabs);
        tabs[next]!.focus();
      });
    }
    this.#select(tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') ?? tabs[0]!, tabs);
  }

  #panel(tab: HTMLElement): HTMLElement {
    return this.querySelector<HTMLElement>(`#${CSS.escape(tab.getAttribute('aria-controls')!)}`)!;
  }

  #select(selected: HTMLButtonElement, tabs: HTMLButtonElement[]) {
    for (const tab of tabs) {
      const isSelected = tab === selected;
      tab.setAttribute('aria-selected', String(isSelected));
      tab.tabIndex = isSelected ? 0 : -1;
      this.#panel(tab).hidden = !isSelected;
    }
    const record = this.#panel(selected).querySelector<HTMLElement>('[data-pg-record]');
    if (record && !record.dataset.state) void this.#fill(record);
  }

  async #fill(record: HTMLElement) {
    record.dataset.state = 'loading';
    try {
      await (await import('./postgresql-panel.ts')).fillRecord(record);
      record.dataset.state = 'loaded';
    } catch {
      delete record.dataset.state;
      record.replaceChildren(messageParagraph('Could not load what Django sent to PostgreSQL (offline, and this browser has no copy of it yet?). Open the PostgreSQL tab again to retry.'));
    }
  }
}

if (!customElements.get('dialect-tabs')) customElements.define('dialect-tabs', DialectTabs);
