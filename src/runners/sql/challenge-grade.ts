// Grades a reader's query on a challenge's check datasets with sql.js: used by the worker and by
// npm run challenges:check, so a Check in the browser and the repository's check agree.
import type { Database } from 'sql.js';
import { compareResults, type ChallengeShape } from '../../lib/challenge-compare.ts';
import { tablesOf, type ResultTable } from '../../lib/example-result.ts';
import { NOTHING_TO_RUN, runErrorText } from '../../lib/result-format.ts';
import { openExampleDatabase, runSql } from './run-sql.ts';

/** Rows of the reader's result kept beyond the expected count: enough for the diff, whatever it returns. */
const EXTRA_ROWS_KEPT = 20;

/** A hidden check dataset: SQL run after the visible dataset. */
export interface HiddenDataset {
  name: string;
  hint: string;
  sql: string;
}

/** What a check needs besides the reader's query and the visible dataset. */
export interface ChallengeKey extends ChallengeShape {
  solution: string;
  hidden: HiddenDataset[];
}

export type DatasetGrade = { pass: true } | { pass: false; reason: string; diff: string[] };

type SqlJs = { Database: new () => Database };

/** The solution's result on a database; throws when the solution is broken (a content error). */
function solutionResult(db: Database, solution: string, dataset: string): ResultTable {
  const result = runSql(db, solution);
  if (result.error) throw new Error(`The challenge's solution fails on the ${dataset}: ${result.error.message}`);
  const table = tablesOf(result).at(-1);
  if (!table) throw new Error(`The challenge's solution returns no rows table on the ${dataset}.`);
  return table;
}

/** Grades `query` on one fresh database: the visible dataset, then `hiddenSql` if given. */
export function gradeOnDataset(SQL: SqlJs, datasetSql: string, hiddenSql: string | null, key: ChallengeKey, query: string): DatasetGrade {
  const db = openExampleDatabase(SQL, datasetSql, hiddenSql);
  try {
    const expected = solutionResult(db, key.solution, hiddenSql === null ? 'visible dataset' : 'a hidden dataset');
    const result = runSql(db, query, { maxRows: expected.rows.length + EXTRA_ROWS_KEPT });
    if (result.error) return { pass: false, reason: runErrorText(result.error), diff: [] };
    const statement = result.statements.findLast((outcome) => outcome.kind === 'rows');
    if (!statement) {
      const reason = result.statements.length === 0 ? NOTHING_TO_RUN : 'Your SQL returns no rows: the answer is one SELECT.';
      return { pass: false, reason, diff: [] };
    }
    const comparison = compareResults(expected, statement, key, statement.totalRows);
    return comparison.match ? { pass: true } : { pass: false, reason: comparison.reason, diff: comparison.diff };
  } finally {
    db.close();
  }
}

/**
 * The verdict of a Check: the visible dataset first, then each hidden one, stopping at the first
 * that fails. A hidden dataset's failure carries only its name and hint, never its rows or the
 * reader's rows on it.
 */
export type CheckVerdict =
  | { verdict: 'correct'; datasets: number }
  | { verdict: 'wrong'; failed: { hidden: false; reason: string; diff: string[] } | { hidden: true; name: string; hint: string } };

export function gradeChallenge(SQL: SqlJs, datasetSql: string, key: ChallengeKey, query: string): CheckVerdict {
  const visible = gradeOnDataset(SQL, datasetSql, null, key, query);
  if (!visible.pass) return { verdict: 'wrong', failed: { hidden: false, reason: visible.reason, diff: visible.diff } };
  for (const hidden of key.hidden) {
    if (!gradeOnDataset(SQL, datasetSql, hidden.sql, key, query).pass) {
      return { verdict: 'wrong', failed: { hidden: true, name: hidden.name, hint: hidden.hint } };
    }
  }
  return { verdict: 'correct', datasets: 1 + key.hidden.length };
}
