// Runs examples with sql.js in Node, as the browser does, and compares or rewrites their stored
// output. Used by `npm run examples:check` / `examples:update` and by `npm run new`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { reviewContent } from '../src/build/content-checks.ts';
import { loadContent, type LoadedContent, type ManifestExample } from '../src/build/example-manifest.ts';
import { toExpectedOutput, type ExpectedOutput } from '../src/lib/example-result.ts';
import { serializeExpected } from '../src/build/expected-file.ts';
import { diffOutputs, outputsMatch } from '../src/build/output-diff.ts';
import { openExampleDatabase, runSql } from '../src/runners/sql/run-sql.ts';

type SqlJs = Awaited<ReturnType<typeof initSqlJs>>;
let sqlJs: Promise<SqlJs> | null = null;

function loadSqlJs(): Promise<SqlJs> {
  sqlJs ??= initSqlJs({ useOldExtensionFunctions: false });
  return sqlJs;
}

/** What the example returns now, from a fresh copy of its dataset; null if the dataset is missing. */
export async function runExampleNow(
  content: LoadedContent,
  example: Pick<ManifestExample, 'dataset' | 'setup' | 'sql'>,
): Promise<ExpectedOutput | null> {
  const datasetSql = content.datasets[example.dataset];
  if (datasetSql === undefined) return null;
  const db = openExampleDatabase(await loadSqlJs(), datasetSql, example.setup);
  try {
    return toExpectedOutput(runSql(db, example.sql));
  } finally {
    db.close();
  }
}

/** Writes the example's `<id>.expected.json` from what it returns now; true if the file changed. */
export async function recordExpected(root: string, content: LoadedContent, example: ManifestExample): Promise<boolean> {
  const actual = await runExampleNow(content, example);
  if (actual === null) return false;
  const text = serializeExpected(actual);
  if (example.expected !== null && serializeExpected(example.expected) === text) return false;
  writeFileSync(join(root, example.files.expected), text);
  return true;
}

/** Where the SQLite version that recorded every `<id>.expected.json` is kept: the browser's sql.js. */
export const SQLITE_VERSION_FILE = join('content', 'sqlite-version.txt');

/** The version of SQLite inside sql.js, which the browser runs and which records the outputs. */
export async function sqlJsSqliteVersion(): Promise<string> {
  const db = new (await loadSqlJs()).Database();
  try {
    return String(db.exec('SELECT sqlite_version()')[0]!.values[0]![0]);
  } finally {
    db.close();
  }
}

/**
 * Update mode writes sql.js's SQLite version beside the outputs it recorded; check mode fails when
 * sql.js has changed since, because the pages say which SQLite their outputs come from.
 */
export async function sqliteVersionProblem(root: string, update: boolean): Promise<string | null> {
  const current = await sqlJsSqliteVersion();
  const file = join(root, SQLITE_VERSION_FILE);
  if (update) {
    writeFileSync(file, `${current}\n`);
    return null;
  }
  let recorded = '';
  try {
    recorded = readFileSync(file, 'utf8').trim();
  } catch {
    // A missing file is reported below like a stale one.
  }
  return recorded === current
    ? null
    : `${SQLITE_VERSION_FILE} says the outputs were recorded with SQLite ${recorded || '(nothing)'}, but sql.js has SQLite ${current}: run npm run examples:update and review the diff`;
}

/** Everything wrong with the content under `root`, each naming its file. */
export function contentProblems(root: string): { content: LoadedContent; problems: string[] } {
  const content = loadContent(root);
  return { content, problems: [...content.problems, ...reviewContent(root, content)] };
}

export interface Verification {
  examples: number;
  /** Content problems and examples whose output differs from the stored one. */
  problems: string[];
  /** Expected-output files rewritten (update mode only). */
  updated: string[];
}

/**
 * Check mode: runs every example and reports each whose output differs from `<id>.expected.json`.
 * Update mode: rewrites those files instead, then reports what is still wrong.
 */
export async function verifyExamples(root: string, options: { update?: boolean } = {}): Promise<Verification> {
  let { content, problems } = contentProblems(root);
  const updated: string[] = [];
  const mismatches: string[] = [];
  for (const example of content.examples) {
    if (options.update) {
      if (await recordExpected(root, content, example)) updated.push(example.files.expected);
      continue;
    }
    const actual = await runExampleNow(content, example);
    if (actual && example.expected && !outputsMatch(example.expected, actual)) {
      mismatches.push(
        `${example.files.page}: example "${example.id}" (${example.files.sql}) no longer returns its stored output ` +
          `${example.files.expected}; if the new output is right, run npm run examples:update and review the diff\n` +
          diffOutputs(example.expected, actual),
      );
    }
  }
  if (options.update) ({ content, problems } = contentProblems(root));
  return { examples: content.examples.length, problems: [...problems, ...mismatches], updated };
}
