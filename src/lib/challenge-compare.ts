// How a challenge's answer is judged: the reader's result against the solution's, on one dataset.
// Pure, so the Node check (npm run challenges:check) and the browser's worker judge alike.
import type { ResultTable, ResultValue } from './example-result.ts';
import { rowCountLabel, rowLine } from './result-format.ts';

/** What the challenge asks for (its frontmatter's `columns` and `ordered`). */
export interface ChallengeShape {
  columns: string[];
  ordered: boolean;
}

export type Comparison = { match: true } | { match: false; reason: string; diff: string[] };

/** Diff lines shown at most: enough to see the mistake, short enough to read. */
export const MAX_DIFF_LINES = 6;

/** Floats agree to this relative tolerance (SUM and AVG may add in a different order); integers exactly. */
const RELATIVE_TOLERANCE = 1e-9;

const TYPE_RANK = { null: 0, number: 1, string: 2, object: 3 } as const;
const rank = (value: ResultValue) => TYPE_RANK[value === null ? 'null' : (typeof value as 'number' | 'string' | 'object')];

/** NULL, '' and 0 are three different values: only the same type can be equal. */
export function sameValue(a: ResultValue, b: ResultValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isInteger(a) && Number.isInteger(b)) return a === b;
    return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }
  if (a === null || b === null) return a === b;
  if (typeof a === 'object' && typeof b === 'object') return a.blob === b.blob;
  return a === b;
}

function compareValues(a: ResultValue, b: ResultValue): number {
  const byType = rank(a) - rank(b);
  if (byType !== 0 || a === null || b === null) return byType;
  if (typeof a === 'number') return a - (b as number);
  const [x, y] = typeof a === 'string' ? [a, b as string] : [a.blob, (b as { blob: string }).blob];
  return x < y ? -1 : x > y ? 1 : 0;
}

const sameRow = (a: ResultValue[], b: ResultValue[]) => a.length === b.length && a.every((value, i) => sameValue(value, b[i]!));

function compareRows(a: ResultValue[], b: ResultValue[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareValues(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * The rows only one side has, as a multiset: "-" expected but missing, "+" returned but not
 * expected, paired up so that a row with a wrong value shows next to the row it should be.
 */
function multisetDiff(expected: ResultValue[][], actual: ResultValue[][]): string[] {
  const a = [...expected].sort(compareRows);
  const b = [...actual].sort(compareRows);
  const missing: string[] = [];
  const extra: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && sameRow(a[i]!, b[j]!)) i++, j++;
    else if (j === b.length || (i < a.length && compareRows(a[i]!, b[j]!) < 0)) missing.push(`- ${rowLine(a[i++]!)}`);
    else extra.push(`+ ${rowLine(b[j++]!)}`);
  }
  return Array.from({ length: Math.max(missing.length, extra.length) }, (_, k) => [missing[k], extra[k]]).flat().filter((line) => line !== undefined);
}

function shortened(lines: string[]): string[] {
  if (lines.length <= MAX_DIFF_LINES) return lines;
  return [...lines.slice(0, MAX_DIFF_LINES), `… and ${lines.length - MAX_DIFF_LINES} more differing lines`];
}

/**
 * Judges `actual` (the reader's result; `actualTotalRows` when only its first rows were kept)
 * against `expected` (the solution's). Columns: their number, then their names against the
 * challenge's `columns`, case-insensitive. Rows: as a multiset, then in order if the challenge says so.
 */
export function compareResults(
  expected: ResultTable,
  actual: ResultTable,
  shape: ChallengeShape,
  actualTotalRows = actual.rows.length,
): Comparison {
  const want = shape.columns;
  if (actual.columns.length !== want.length) {
    return {
      match: false,
      reason: `Your query returns ${actual.columns.length} ${actual.columns.length === 1 ? 'column' : 'columns'}; the expected result has ${want.length}: ${want.join(', ')}.`,
      diff: [`- ${want.join(' | ')}`, `+ ${actual.columns.join(' | ')}`],
    };
  }
  const misnamed = want.flatMap((name, i) =>
    actual.columns[i]!.toLowerCase() === name.toLowerCase() ? [] : [`column ${i + 1} is named "${actual.columns[i]}", not "${name}"`],
  );
  if (misnamed.length > 0) {
    return {
      match: false,
      reason: `The columns are named ${want.join(', ')} (in that order): ${misnamed.join('; ')}.`,
      diff: [`- ${want.join(' | ')}`, `+ ${actual.columns.join(' | ')}`],
    };
  }
  const rowsDiff = multisetDiff(expected.rows, actual.rows);
  if (actualTotalRows !== expected.rows.length) {
    return {
      match: false,
      reason: `Your query returns ${rowCountLabel(actualTotalRows)}; the expected result has ${rowCountLabel(expected.rows.length)}.`,
      diff: shortened(rowsDiff),
    };
  }
  if (rowsDiff.length > 0) {
    return { match: false, reason: 'Some rows differ from the expected result.', diff: shortened(rowsDiff) };
  }
  if (shape.ordered) {
    const misplaced = expected.rows.flatMap((row, i) =>
      sameRow(row, actual.rows[i]!) ? [] : [`- row ${i + 1}: ${rowLine(row)}`, `+ row ${i + 1}: ${rowLine(actual.rows[i]!)}`],
    );
    if (misplaced.length > 0) {
      return { match: false, reason: 'Right rows, wrong order.', diff: shortened(misplaced) };
    }
  }
  return { match: true };
}
