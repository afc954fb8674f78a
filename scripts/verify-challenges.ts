// Checks every challenge with sql.js in Node, with the grader the browser uses
// (src/runners/sql/challenge-grade.ts): the solution returns exactly `columns` and passes every check
// dataset; every hidden dataset only changes rows; every wrong answer fails at least one dataset.
import initSqlJs from 'sql.js';
import { gradeOnDataset } from '../src/runners/sql/challenge-grade.ts';
import { challengeKey, type ContentChallenge } from '../src/build/challenge-manifest.ts';
import { tablesOf } from '../src/lib/example-result.ts';
import { LEADING_TRIVIA, openExampleDatabase, runSql } from '../src/runners/sql/run-sql.ts';
import { contentProblems } from './verify-examples.ts';

type SqlJs = Awaited<ReturnType<typeof initSqlJs>>;

/** Statements a hidden dataset may run: it changes the rows, never the schema. */
const DATA_CHANGE = /^(?:INSERT|UPDATE|DELETE|REPLACE)\b/i;

export interface ChallengeReport {
  id: string;
  /** For each wrong answer, the datasets that catch it ("visible" or a hidden dataset's name). */
  caught: Record<string, string[]>;
}

/** Everything wrong with one challenge, each naming its file, and which datasets catch which wrong answer. */
export function verifyChallenge(SQL: SqlJs, datasetSql: string, challenge: ContentChallenge): { problems: string[]; report: ChallengeReport } {
  const problems: string[] = [];
  const key = challengeKey(challenge);
  const { columns } = challenge.frontmatter;
  const datasets: { name: string; sql: string | null }[] = [{ name: 'visible', sql: null }];

  for (const hidden of challenge.hidden) {
    const file = challenge.files.hidden[hidden.name]!;
    const db = openExampleDatabase(SQL, datasetSql, null);
    try {
      const result = runSql(db, hidden.sql);
      const schemaChange = result.statements.find((s) => !DATA_CHANGE.test(s.sql.replace(LEADING_TRIVIA, '')));
      if (result.error) problems.push(`${file}: fails on the dataset "${challenge.dataset}": ${result.error.message}`);
      else if (schemaChange) problems.push(`${file}: a hidden dataset only runs INSERT, UPDATE and DELETE (same schema); found: ${schemaChange.sql.split('\n')[0]}`);
      else if (!result.statements.some((s) => s.kind === 'changes' && s.changes > 0)) problems.push(`${file}: changes no rows, so it checks nothing the visible dataset does not`);
      else datasets.push({ name: hidden.name, sql: hidden.sql });
    } finally {
      db.close();
    }
  }

  for (const { name, sql } of datasets) {
    const db = openExampleDatabase(SQL, datasetSql, sql);
    try {
      const result = runSql(db, challenge.solution);
      const tables = tablesOf(result);
      if (result.error) problems.push(`${challenge.files.solution}: fails on the ${name} dataset: ${result.error.message}`);
      else if (result.statements.length !== 1 || tables.length !== 1) problems.push(`${challenge.files.solution}: the solution is one SELECT (a WITH … SELECT is fine)`);
      else if (tables[0]!.columns.join('\n') !== columns.join('\n')) {
        problems.push(`${challenge.files.solution}: returns the columns ${tables[0]!.columns.join(', ')}; the frontmatter's "columns" says ${columns.join(', ')}`);
      }
    } finally {
      db.close();
    }
  }
  if (problems.length > 0) return { problems, report: { id: challenge.id, caught: {} } };

  for (const { name, sql } of datasets) {
    const grade = gradeOnDataset(SQL, datasetSql, sql, key, challenge.solution);
    if (!grade.pass) problems.push(`${challenge.files.solution}: does not pass its own check on the ${name} dataset (${grade.reason}); is its result deterministic?`);
  }
  const caught: Record<string, string[]> = {};
  for (const wrong of challenge.wrong) {
    caught[wrong.name] = datasets.filter(({ sql }) => !gradeOnDataset(SQL, datasetSql, sql, key, wrong.sql).pass).map(({ name }) => name);
    if (caught[wrong.name]!.length === 0) {
      problems.push(
        `${wrong.file}: passes every check dataset, so the grader would accept this mistake (${wrong.why}); ` +
          `add a hidden dataset (${challenge.id}.hidden-<name>.sql) with the rows it gets wrong`,
      );
    }
  }
  return { problems, report: { id: challenge.id, caught } };
}

export interface ChallengeVerification {
  challenges: number;
  problems: string[];
  reports: ChallengeReport[];
}

/** Checks the content (as examples:check does) and then every challenge. */
export async function verifyChallenges(root: string): Promise<ChallengeVerification> {
  const { content, problems } = contentProblems(root);
  const SQL = await initSqlJs({ useOldExtensionFunctions: false });
  const reports: ChallengeReport[] = [];
  for (const challenge of content.challenges) {
    const checked = verifyChallenge(SQL, content.datasets[challenge.dataset]!, challenge);
    problems.push(...checked.problems);
    reports.push(checked.report);
  }
  return { challenges: content.challenges.length, problems, reports };
}
