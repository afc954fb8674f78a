// Runs every example with sql.js in Node and compares it with its stored expected output.
//   node scripts/examples.ts           check; exit 1 on any mismatch or content problem
//   node scripts/examples.ts --update  rewrite each <id>.expected.json from what sql.js returns
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { loadContent } from '../src/lib/example-manifest.ts';
import { toExpectedOutput } from '../src/lib/example-result.ts';
import { serializeExpected } from '../src/lib/expected-file.ts';
import { diffOutputs, outputsMatch } from '../src/lib/output-diff.ts';
import { openExampleDatabase, runSql } from '../src/lib/run-sql.ts';

const root = process.cwd();
const update = process.argv.includes('--update');
const started = performance.now();
const content = loadContent(root);
const SQL = await initSqlJs({ useOldExtensionFunctions: false });

const failures: string[] = [];
let updated = 0;
for (const example of content.examples) {
  const datasetSql = content.datasets[example.dataset];
  if (datasetSql === undefined) continue; // reported by loadContent
  const db = openExampleDatabase(SQL, datasetSql, example.setup);
  const actual = toExpectedOutput(runSql(db, example.sql));
  db.close();
  if (update) {
    const text = serializeExpected(actual);
    if (example.expected === null || serializeExpected(example.expected) !== text) {
      writeFileSync(join(root, example.files.expected), text);
      updated += 1;
      console.log(`updated ${example.files.expected}`);
    }
  } else if (example.expected && !outputsMatch(example.expected, actual)) {
    failures.push(
      `${example.files.page}: example "${example.id}" (${example.files.sql}) does not return its stored output\n` +
        `${diffOutputs(example.expected, actual)}\n`,
    );
  }
}

const problems = update ? content.problems.filter((p) => !p.includes('expected output')) : content.problems;
for (const message of [...problems, ...failures]) console.error(`✗ ${message}`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (update) {
  console.log(`${updated} expected output(s) rewritten of ${content.examples.length} examples in ${seconds} s`);
} else {
  const failed = problems.length + failures.length;
  console.log(`checked ${content.examples.length} examples in ${seconds} s`);
  console.log(`examples: ${content.examples.length - failures.length} passed, ${failed} failed`);
}
process.exit(problems.length + failures.length > 0 ? 1 : 0);
