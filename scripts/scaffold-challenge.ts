// Creates a challenge that passes `npm run challenges:check` as it is, for the author to rewrite:
// beside a question (`--in <slug>`, placed at the end of its page) or as a practice problem in
// content/practice/<id>/. It counts the rows of the dataset's first table; its wrong answer
// hard-codes the visible count, which its hidden dataset (one row fewer) catches.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { loadContent } from '../src/build/example-manifest.ts';
import { openExampleDatabase } from '../src/runners/sql/run-sql.ts';
import { contentProblems } from './verify-examples.ts';
import { verifyChallenge } from './verify-challenges.ts';

export interface ChallengeDraft {
  id: string;
  /** The question folder to place it in; absent for a practice problem. */
  question?: string;
  /** Required for a practice problem; a question's challenge uses the question's by default. */
  dataset?: string;
}

export async function scaffoldChallenge(root: string, draft: ChallengeDraft): Promise<{ files: string[]; problems: string[] }> {
  const { id } = draft;
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`the challenge id "${id}" must be lower-case letters, digits and hyphens`);
  const content = loadContent(root);
  const taken = [...content.examples.map((e) => e.id), ...content.challenges.map((c) => c.id)];
  if (taken.includes(id)) throw new Error(`the id "${id}" is already used; ids are unique across the site`);
  const question = draft.question === undefined ? null : content.questions.find((q) => q.slug === draft.question);
  if (question === undefined) throw new Error(`there is no question content/questions/${draft.question}/`);
  const dataset = draft.dataset ?? question?.frontmatter.dataset;
  if (dataset === undefined) throw new Error('a practice problem needs --dataset <name>');
  if (!(dataset in content.datasets)) throw new Error(`there is no dataset content/datasets/${dataset}.sql`);

  const SQL = await initSqlJs({ useOldExtensionFunctions: false });
  const db = openExampleDatabase(SQL, content.datasets[dataset]!, null);
  const table = db.exec("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid LIMIT 1")[0]?.values[0]?.[0];
  if (typeof table !== 'string') throw new Error(`the dataset ${dataset} has no table to start from`);
  const count = db.exec(`SELECT COUNT(*) FROM "${table}"`)[0]!.values[0]![0];
  db.close();

  const relDir = question ? `content/questions/${question.slug}` : `content/practice/${id}`;
  const dir = join(root, relDir);
  if (!question && existsSync(dir)) throw new Error(`${relDir}/ already exists`);
  mkdirSync(dir, { recursive: true });
  const practiceFields = question
    ? ''
    : `dataset: ${dataset}\ntopic: sql\ntags: [aggregation]\nsummary: Count the rows of the ${table} table, whatever rows it holds.\n`;
  const files: Record<string, string> = {
    'challenge.md': `---
title: How many rows does ${table} have?
difficulty: easy
columns: [n]
hints:
  - COUNT(*) counts rows.
hidden:
  - name: one-fewer
    hint: The table may hold other rows than the ones you see.
${practiceFields}---

Return one row with one column, \`n\`: the number of rows in the \`${table}\` table.
`,
    'start.sql': `-- One row: n\nSELECT\nFROM ${table};\n`,
    'solution.sql': `SELECT COUNT(*) AS n\nFROM ${table};\n`,
    'wrong-hard-coded.sql': `-- Hard-codes the count of the rows on screen, so other data gets it wrong.\nSELECT ${count} AS n;\n`,
    'hidden-one-fewer.sql': `DELETE FROM ${table} WHERE rowid = (SELECT MIN(rowid) FROM ${table});\n`,
  };
  for (const [suffix, text] of Object.entries(files)) writeFileSync(join(dir, `${id}.${suffix}`), text);
  if (question) {
    const page = join(root, question.file);
    appendFileSync(page, `${readFileSync(page, 'utf8').endsWith('\n') ? '' : '\n'}\n<Challenge id="${id}" />\n`);
  }

  const { content: written, problems } = contentProblems(root);
  const challenge = written.challenges.find((c) => c.id === id);
  const mine = problems.filter((p) => p.includes(`${id}.`) || p.startsWith(`${relDir}/`) || p.startsWith(`${relDir}:`));
  if (challenge) mine.push(...verifyChallenge(SQL, written.datasets[dataset]!, challenge).problems);
  return { files: [...Object.keys(files).map((suffix) => `${relDir}/${id}.${suffix}`), ...(question ? [question.file] : [])], problems: mine };
}
