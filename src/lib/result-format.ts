import type { ResultTable, ResultValue, RunError } from './example-result.ts';

/** How a cell reads, and what kind of value it is, so NULL and BLOB never pass for strings. */
export interface FormattedCell {
  text: string;
  kind: 'null' | 'blob' | 'number' | 'text' | 'empty';
}

export function formatCell(value: ResultValue): FormattedCell {
  if (value === null) return { text: 'NULL', kind: 'null' };
  if (typeof value === 'number') return { text: String(value), kind: 'number' };
  if (typeof value === 'object') return { text: `x'${value.blob}'`, kind: 'blob' };
  return value === '' ? { text: '', kind: 'empty' } : { text: value, kind: 'text' };
}

/** Live results show at most this much of one value, so a huge string cannot freeze the page. */
export const MAX_CELL_CHARS = 2000;

/** A cell's text cut to `maxChars`, and a note saying how long it really is when it was cut. */
export function clipCellText(text: string, maxChars = MAX_CELL_CHARS): { text: string; note: string | null } {
  if (text.length <= maxChars) return { text, note: null };
  return { text: text.slice(0, maxChars), note: `… ${text.length.toLocaleString('en-US')} characters in all` };
}

export function rowCountLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'row' : 'rows'}`;
}

/** The line under a table: its row count, and whether only the first rows are shown. */
export function shownRowsLabel(shown: number, total: number): string {
  return shown < total ? `showing the first ${shown.toLocaleString('en-US')} of ${rowCountLabel(total)}` : rowCountLabel(total);
}

/** What a statement that returns no rows did. */
export function changesLabel(changes: number): string {
  return changes > 0 ? `${rowCountLabel(changes)} changed` : 'Statement done (no rows changed)';
}

export function runErrorText(error: RunError): string {
  return `Error on line ${error.line}: ${error.message}`;
}

export const NOTHING_TO_RUN = 'Nothing to run: the SQL is empty or only comments.';

/** A duration for people: "5 s", "1.5 s". */
export function secondsLabel(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** Why a run ended without a result: the time limit, or the reader's Stop. */
export function stoppedText(reason: 'timeout' | 'cancelled', elapsedMs: number, timeoutMs: number): string {
  return reason === 'timeout'
    ? `Stopped: the query ran longer than the ${secondsLabel(timeoutMs)} time limit.`
    : `Stopped after ${secondsLabel(elapsedMs)}, as you asked.`;
}

/** One row as plain text: strings quoted, so '' and NULL and 0 read differently. */
export function rowLine(row: ResultValue[]): string {
  return row.map((value) => (typeof value === 'string' ? JSON.stringify(value) : formatCell(value).text)).join(' | ');
}

/** A plain-text rendering, one line per row, for diffs in the terminal. */
export function tableLines(table: ResultTable): string[] {
  return [table.columns.join(' | '), ...table.rows.map(rowLine)];
}
