// Renders a live run into the DOM. Every value goes in as text (textContent), never as HTML.
import type { ResultTable, StatementOutcome } from '../lib/example-result.ts';
import type { PostgresTable } from '../lib/postgresql-record.ts';
import { changesLabel, clipCellText, formatCell, NOTHING_TO_RUN, runErrorText, shownRowsLabel, stoppedText } from '../lib/result-format.ts';
import type { RunOutcome } from '../runners/sql/sql-runner.ts';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A result table (SQLite's, or PostgreSQL's with booleans), the same markup as the build renders for expected output (ResultTable.astro). */
export function renderTable(table: ResultTable | PostgresTable, totalRows = table.rows.length): HTMLElement {
  const wrapper = element('div', 'result');
  const scroll = element('div', 'result-scroll');
  scroll.tabIndex = 0;
  const tableNode = element('table');
  const headRow = element('tr');
  for (const column of table.columns) headRow.append(element('th', undefined, column));
  tableNode.append(element('thead'));
  tableNode.tHead!.append(headRow);
  const body = element('tbody');
  for (const row of table.rows) {
    const rowNode = element('tr');
    for (const value of row) {
      const cell = formatCell(value);
      const { text, note } = clipCellText(cell.text);
      const td = element('td', undefined, text);
      td.dataset.kind = cell.kind;
      if (note) td.append(element('span', 'cell-note', note));
      rowNode.append(td);
    }
    body.append(rowNode);
  }
  tableNode.append(body);
  scroll.append(tableNode);
  wrapper.append(scroll, element('p', 'row-count', shownRowsLabel(table.rows.length, totalRows)));
  return wrapper;
}

/** One statement's outcome: its rows, or how many rows it changed. */
export function renderOutcome(outcome: StatementOutcome): HTMLElement {
  if (outcome.kind === 'rows') return renderTable(outcome, outcome.totalRows);
  return element('p', 'statement-done', changesLabel(outcome.changes));
}

/** An error as an alert, so screen readers announce it. */
export function renderError(message: string): HTMLElement {
  const alert = element('p', 'run-error', message);
  alert.setAttribute('role', 'alert');
  return alert;
}

/** Everything a run produced, under a "Result" label; problems are alerts. */
export function renderRunOutcome(outcome: RunOutcome): HTMLElement[] {
  const label = element('p', 'output-label', 'Result');
  switch (outcome.kind) {
    case 'stopped':
      return [label, renderError(stoppedText(outcome.reason, outcome.elapsedMs, outcome.timeoutMs))];
    case 'failure':
      return [label, renderError(`${outcome.message} The expected output is still shown below.`)];
    case 'result': {
      label.textContent = `Result (ran in your browser in ${Math.round(outcome.elapsedMs)} ms)`;
      const { statements, error } = outcome.result;
      const nodes = [label, ...statements.map(renderOutcome)];
      if (error) nodes.push(renderError(runErrorText(error)));
      else if (statements.length === 0) nodes.push(renderError(NOTHING_TO_RUN));
      return nodes;
    }
  }
}
