// <dataset-panel>: shows the dataset's SQL (DatasetSchema.astro) when the reader first opens the
// panel, fetched from the file every Run fetches too. A failed fetch says so; opening again retries.
class DatasetPanel extends HTMLElement {
  #details = this.querySelector('details')!;
  #sql = this.querySelector<HTMLElement>('[data-dataset-sql]')!;
  #status = this.querySelector<HTMLElement>('[data-dataset-status]')!;
  #loading = false;

  connectedCallback() {
    this.#details.addEventListener('toggle', () => {
      if (this.#details.open) void this.#load();
    });
    // Opened before this script ran: its toggle event came before the listener.
    if (this.#details.open) void this.#load();
  }

  async #load(): Promise<void> {
    if (this.#loading || !this.#sql.hidden) return;
    this.#loading = true;
    this.#show('status', 'Loading the dataset…');
    try {
      const response = await fetch(this.dataset.datasetUrl!);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.#sql.querySelector('code')!.textContent = (await response.text()).trim();
      this.#sql.hidden = false;
      this.#status.replaceChildren();
    } catch (error) {
      this.#show('alert', `The dataset could not be fetched (${error instanceof Error ? error.message : String(error)}); close and open the panel to try again.`);
    } finally {
      this.#loading = false;
    }
  }

  #show(role: 'status' | 'alert', text: string): void {
    const message = document.createElement('p');
    message.className = role === 'alert' ? 'run-error' : 'dataset-status';
    message.setAttribute('role', role);
    message.textContent = text;
    this.#status.replaceChildren(message);
  }
}

customElements.define('dataset-panel', DatasetPanel);
