// <dataset-panel>: shows the dataset's SQL (DatasetSchema.astro) when the reader first opens the
// panel (dataset-panel-fill.ts, imported then, fetches it). A failed import or fetch says so in an
// alert; opening again retries.
import { messageParagraph, loadOnUse } from './load-on-use.ts';
import { messageOf } from '../lib/error-message.ts';

const loadFill = loadOnUse(() => import('./dataset-panel-fill.ts'));

class DatasetPanel extends HTMLElement {
  #details = this.querySelector('details')!;
  #loading = false;

  connectedCallback() {
    this.#details.addEventListener('toggle', () => void this.#load());
    // Opened before this script ran: its toggle event came before the listener.
    void this.#load();
  }

  async #load(): Promise<void> {
    if (!this.#details.open || this.#loading || !this.querySelector<HTMLElement>('[data-dataset-sql]')!.hidden) return;
    this.#loading = true;
    try {
      await (await loadFill()).showDataset(this);
    } catch (error) {
      const alert = messageParagraph(`The dataset could not be fetched (${messageOf(error)}); close and open the panel to try again.`);
      this.querySelector('[data-dataset-status]')!.replaceChildren(alert);
    }
    this.#loading = false;
  }
}

customElements.define('dataset-panel', DatasetPanel);
