// An example's stored output as the reader edits: once the SQL differs from the original, the
// stored table is labelled as the original query's output. Loaded with <sql-example>; how a Run
// compares with it is example-stored-comparison.ts, imported on first use.

/** The example's stored output, if it has one (ResultTable.astro). */
export const storedBox = (example: HTMLElement) => example.querySelector<HTMLElement>('[data-expected]');

/** "Expected output", or, once the reader edited the SQL, what it really is. */
export function labelStoredOutput(example: HTMLElement): void {
  const label = storedBox(example)?.querySelector('.output-label');
  if (label) label.textContent = example.hasAttribute('data-edited') ? 'Output of the original query' : 'Expected output';
}

/** Back to the page as built: the stored output shown, with its usual label. */
export function resetStoredOutput(example: HTMLElement): void {
  const box = storedBox(example);
  if (box) box.hidden = false;
  labelStoredOutput(example);
}
