// What a <dataset-panel> (dataset-panel-element.ts) does when first opened, imported then: fetches
// the dataset's SQL from the file every Run fetches too, and shows it as text. Rejects when the file
// cannot be fetched (the element says so).
export async function showDataset(panel: HTMLElement): Promise<void> {
  const sql = panel.querySelector<HTMLElement>('[data-dataset-sql]')!;
  const status = panel.querySelector<HTMLElement>('[data-dataset-status]')!;
  const loading = Object.assign(document.createElement('p'), { className: 'dataset-status', textContent: 'Loading the dataset…' });
  loading.setAttribute('role', 'status');
  status.replaceChildren(loading);
  const response = await fetch(panel.dataset.datasetUrl!);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  sql.querySelector('code')!.textContent = (await response.text()).trim();
  sql.hidden = false;
  status.replaceChildren();
}
