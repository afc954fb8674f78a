import type { ExpectedOutput } from '../lib/example-result.ts';
import { tableLines } from '../lib/result-format.ts';

function outputLines(output: ExpectedOutput): string[] {
  const lines = output.tables.flatMap((table, i) => [`-- table ${i + 1}`, ...tableLines(table)]);
  if (output.error !== undefined) lines.push(`-- error: ${output.error}`);
  return lines;
}

/** True when a run produced what was stored; a stored error is a substring of SQLite's message. */
export function outputsMatch(expected: ExpectedOutput, actual: ExpectedOutput): boolean {
  const errorsMatch =
    expected.error === undefined ? actual.error === undefined : actual.error?.includes(expected.error) === true;
  return errorsMatch && JSON.stringify(expected.tables) === JSON.stringify(actual.tables);
}

/** A line diff of two outputs: "-" stored, "+" actual, "  " both (longest common subsequence). */
export function diffOutputs(expected: ExpectedOutput, actual: ExpectedOutput): string {
  const a = outputLines(expected);
  const b = outputLines(actual);
  const common: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) out.push(`  ${a[i++]}`), j++;
    else if (i < a.length && (j === b.length || common[i + 1]![j]! >= common[i]![j + 1]!)) out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  return out.join('\n');
}
