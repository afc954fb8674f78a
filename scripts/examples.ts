// Runs every example with sql.js in Node and compares it with its stored expected output, after
// checking the content as a whole (see src/build/content-checks.ts).
//   node scripts/examples.ts           check; exit 1 on any mismatch or content problem
//   node scripts/examples.ts --update  rewrite each <id>.expected.json from what sql.js returns
import { sqliteVersionProblem, verifyExamples } from './verify-examples.ts';

const update = process.argv.includes('--update');
const started = performance.now();
const { examples, problems, updated } = await verifyExamples(process.cwd(), { update });
const versionProblem = await sqliteVersionProblem(process.cwd(), update);
if (versionProblem) problems.push(versionProblem);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const file of updated) console.log(`updated ${file}`);
for (const message of problems) console.error(`✗ ${message}\n`);
if (update) {
  console.log(`${updated.length} expected output(s) rewritten of ${examples} examples in ${seconds} s`);
} else {
  console.log(`checked ${examples} examples in ${seconds} s: ${problems.length === 0 ? 'all sound' : `${problems.length} problem(s)`}`);
}
process.exit(problems.length > 0 ? 1 : 0);
