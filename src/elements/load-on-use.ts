// What the elements share to load their code on first use (search-results.ts, copy-link-copy.ts,
// the challenge's hints…) and to report it when that fails: one copy in the page script for all.

/**
 * `load` (a dynamic import) run once, on the first call, and shared by every later call; after a
 * failure the next call tries again (offline for a moment, a deploy that replaced the file).
 */
export function loadOnUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = null));
    return loading;
  };
}

/**
 * A message paragraph: by default an error as an alert, as render-result.ts renders one (for when
 * that module could not be loaded). (The `role` property sets the role attribute.)
 */
export function messageParagraph(text: string, className = 'run-error', role: 'alert' | 'status' = 'alert'): HTMLElement {
  return Object.assign(document.createElement('p'), { className, role, textContent: text });
}

/** Starts `load` when the reader points at or focuses `target`, ahead of the click that needs it. */
export function loadOnIntent(target: HTMLElement, load: () => Promise<unknown>): void {
  for (const intent of ['pointerover', 'focus']) target.addEventListener(intent, () => void load().catch(() => {}), { once: true });
}
