// An example's Run against its stored output, with the challenges' comparison: the same columns,
// the same rows in the same order, the same error. Pure, so it is unit-tested.
import { compareResults, type Comparison } from './challenge-compare.ts';
import type { ExampleResult, ExpectedOutput } from './example-result.ts';

export function compareWithStored(stored: ExpectedOutput, result: ExampleResult): Comparison {
  const tables = result.statements.flatMap((s) => (s.kind === 'rows' ? [s] : []));
  if (tables.length !== stored.tables.length) {
    const count = (n: number) => `${n} ${n === 1 ? 'table' : 'tables'}`;
    return { match: false, reason: `This run returned ${count(tables.length)}; the stored output has ${count(stored.tables.length)}.`, diff: [] };
  }
  for (const [i, expected] of stored.tables.entries()) {
    const table = tables[i]!;
    const comparison = compareResults(expected, table, { columns: expected.columns, ordered: true }, table.totalRows);
    if (!comparison.match) return stored.tables.length > 1 ? { ...comparison, reason: `Table ${i + 1}: ${comparison.reason}` } : comparison;
  }
  const error = result.error?.message;
  if (stored.error === undefined && error !== undefined) return { match: false, reason: `This run stopped with an error: ${error}`, diff: [] };
  if (stored.error !== undefined && !error?.includes(stored.error)) {
    return { match: false, reason: `The stored output ends with the error “${stored.error}”; this run ${error ? `failed with “${error}”` : 'did not fail'}.`, diff: [] };
  }
  return { match: true };
}
