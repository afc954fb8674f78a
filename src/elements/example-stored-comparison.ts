// After a Run: whether its result matches the example's stored output (then the stored table folds
// away), or what differs. The stored output is read back from the page. Imported with the runner,
// on first use (sql-example-actions.ts); labelling the stored output is example-stored-output.ts.
import type { ExpectedOutput, ResultValue } from '../lib/example-result.ts';
import { element } from './render-result.ts';
import type { RunOutcome } from '../runners/sql/sql-runner.ts';
import { compareWithStored } from '../lib/stored-output-compare.ts';
import { storedBox } from './example-stored-output.ts';

function cellValue(cell: HTMLElement): ResultValue {
  const text = cell.textContent ?? '';
  switch (cell.dataset.kind) {
    case 'null':
      return null;
    case 'number':
      return Number(text);
    case 'blob':
      return { blob: text.slice(2, -1) }; // x'…'
    default:
      return text;
  }
}

/** The stored output as ResultTable.astro rendered it (cells carry their kind). */
export function readStoredOutput(box: HTMLElement): ExpectedOutput {
  const tables = [...box.querySelectorAll('table')].map((table) => ({
    columns: [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll<HTMLElement>('td')].map(cellValue)),
  }));
  const error = box.querySelector('.run-error')?.textContent?.replace(/^Error: /, '');
  return error === undefined ? { tables } : { tables, error };
}

/** Appends to `live` how the Run's result compares with the stored output, and folds that when equal. */
export function showStoredComparison(example: HTMLElement, outcome: RunOutcome, live: HTMLElement): void {
  const box = storedBox(example);
  if (!box || outcome.kind !== 'result') return;
  const edited = example.hasAttribute('data-edited');
  const stored = edited ? 'the original query’s output' : 'the expected output';
  const comparison = compareWithStored(readStoredOutput(box), outcome.result);
  const note = element('div', 'stored-comparison');
  note.dataset.comparison = comparison.match ? 'match' : 'differs';
  note.setAttribute('role', 'status');
  if (comparison.match) {
    note.append(element('p', undefined, `Same result as ${stored}.`));
    box.id ||= `${example.id}-stored`;
    const toggle = element('button', 'button button-small', `Show ${stored}`);
    toggle.type = 'button';
    toggle.setAttribute('aria-controls', box.id);
    toggle.setAttribute('aria-expanded', 'false');
    toggle.addEventListener('click', () => {
      box.hidden = !box.hidden;
      toggle.setAttribute('aria-expanded', String(!box.hidden));
      toggle.textContent = `${box.hidden ? 'Show' : 'Hide'} ${stored}`;
    });
    note.append(toggle);
    box.hidden = true;
  } else {
    note.append(element('p', undefined, `Differs from ${stored}: ${comparison.reason}`));
    if (comparison.diff.length > 0) note.append(element('pre', 'stored-diff', comparison.diff.join('\n')));
    box.hidden = false;
  }
  live.append(note);
}
