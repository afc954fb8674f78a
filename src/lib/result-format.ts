import type { ResultTable, ResultValue } from './example-result.ts';

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

export function rowCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'row' : 'rows'}`;
}

/** A plain-text rendering, one line per row, for diffs in the terminal. */
export function tableLines(table: ResultTable): string[] {
  const show = (value: ResultValue) => (typeof value === 'string' ? JSON.stringify(value) : formatCell(value).text);
  return [table.columns.join(' | '), ...table.rows.map((row) => row.map(show).join(' | '))];
}
