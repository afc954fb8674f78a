// What a Check tells the reader, as plain text: the verdict, why, and the differing rows.
import { stoppedText } from '../../lib/result-format.ts';
import type { CheckOutcome } from './sql-runner.ts';

export interface VerdictText {
  /** null when nothing was judged (SQLite or the challenge could not be loaded). */
  verdict: 'correct' | 'wrong' | null;
  message: string;
  /** "-" expected rows, "+" the reader's; empty when there is nothing to show. */
  diff: string[];
}

export function verdictText(outcome: CheckOutcome): VerdictText {
  if (outcome.kind === 'failure') return { verdict: null, message: `Could not check: ${outcome.message}`, diff: [] };
  if (outcome.kind === 'stopped') return { verdict: 'wrong', message: stoppedText(outcome.reason, outcome.elapsedMs, outcome.timeoutMs), diff: [] };
  const { verdict } = outcome;
  if (verdict.verdict === 'correct') {
    return { verdict: 'correct', message: `Correct: your query returns the expected result on all ${verdict.datasets} check datasets.`, diff: [] };
  }
  const { failed } = verdict;
  if (failed.hidden) {
    return {
      verdict: 'wrong',
      message: `Not yet: your query is right on the dataset you see, but fails a hidden check. Hint: ${failed.hint}`,
      diff: [],
    };
  }
  return { verdict: 'wrong', message: `Not yet: ${failed.reason}`, diff: failed.diff };
}
