// The benchmark's arithmetic and its table, kept apart from the measuring so they can be tested.
import { gzipSync } from 'node:zlib';

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** How a median was reached, for a table note: "median of 5: 64, 79, 122, 403, 415" (ms, rounded). */
export function runsNote(values: number[]): string {
  return `median of ${values.length}: ${values.map((value) => Math.round(value)).join(', ')}`;
}

export type TransferKind = 'html' | 'css' | 'js' | 'other';

export interface Transfer {
  url: string;
  kind: TransferKind;
  body: Uint8Array;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  byKind: Record<TransferKind, Bytes>;
  total: Bytes;
  /** URLs of sql.js, its worker or any wasm: none may load before the first Run. */
  sqlJs: string[];
  /** URLs of Python (Pyodide and the Django bundle, under /python/) or Run Python's page code: none before Run Python. */
  python: string[];
}

/** Size of a response body as a server sends it compressed (gzip, zlib's default level). */
export function gzipSize(body: Uint8Array): number {
  return gzipSync(body).length;
}

const SQL_JS = /sql-wasm|sql-worker|\.wasm(\?|$)/;
const PYTHON = /\/python\/|python-example-controller|python-run-view|python-editor/;

/** Sums what a page transferred, per kind, raw and gzip-compressed. */
export function pageWeight(transfers: Transfer[]): PageWeight {
  const zero = (): Bytes => ({ raw: 0, gzip: 0 });
  const byKind: Record<TransferKind, Bytes> = { html: zero(), css: zero(), js: zero(), other: zero() };
  const total = zero();
  for (const { kind, body } of transfers) {
    const gzip = gzipSize(body);
    for (const sum of [byKind[kind], total]) {
      sum.raw += body.length;
      sum.gzip += gzip;
    }
  }
  const urls = transfers.map((t) => t.url);
  return { byKind, total, sqlJs: urls.filter((url) => SQL_JS.test(url)), python: urls.filter((url) => PYTHON.test(url)) };
}

/**
 * Clock ticks of CPU (user + system) used by a process's finished children, from its
 * /proc/<pid>/stat line (fields 16 and 17, counted after the parenthesised command name).
 */
export function childCpuTicks(statLine: string): number {
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).trim().split(/\s+/);
  return Number(fields[13]) + Number(fields[14]);
}

/** One figure of the benchmark, with the budget it is held to (if any). */
export interface Measurement {
  name: string;
  value: number;
  /** 'x': a ratio of two figures; 'score': a Lighthouse score, 0-100; 'shift': cumulative layout shift. */
  unit: 'ms' | 's' | 'KB' | 'count' | 'x' | 'score' | 'shift';
  /** The figure must be at most this. */
  target?: number;
  /** The figure must be at least this. */
  minimum?: number;
  /** Where the figure comes from (the page measured, the number of runs…). */
  note?: string;
}

export function verdict(m: Measurement): 'ok' | 'MISSED' | '' {
  if (m.target === undefined && m.minimum === undefined) return '';
  return (m.target === undefined || m.value <= m.target) && (m.minimum === undefined || m.value >= m.minimum) ? 'ok' : 'MISSED';
}

/** A figure with its unit, as the table shows it. */
export function formatValue(value: number, unit: Measurement['unit']): string {
  if (unit === 'count' || unit === 'score') return String(value);
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (unit === 'shift') return value.toFixed(3);
  const digits = unit === 's' ? 2 : unit === 'KB' ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

function formatTarget(m: Measurement): string {
  if (m.target !== undefined) return `≤ ${formatValue(m.target, m.unit)}`;
  if (m.minimum !== undefined) return `≥ ${formatValue(m.minimum, m.unit)}`;
  return '';
}

/** A plain-text table: figure, value, target, verdict, note. */
export function formatTable(measurements: Measurement[]): string {
  const rows = [['figure', 'value', 'target', '', 'note'], ...measurements.map((m) => [m.name, formatValue(m.value, m.unit), formatTarget(m), verdict(m), m.note ?? ''])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}
