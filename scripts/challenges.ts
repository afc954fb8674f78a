// npm run challenges:check: every challenge's solution, wrong answers and hidden datasets, checked
// with the grader the browser uses (see scripts/verify-challenges.ts). Exit 1 on any problem.
import { verifyChallenges } from './verify-challenges.ts';

const started = performance.now();
const { challenges, problems, reports } = await verifyChallenges(process.cwd());
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const { id, caught } of reports) {
  for (const [name, datasets] of Object.entries(caught)) {
    if (datasets.length > 0) console.log(`${id}: wrong-${name} is caught by ${datasets.join(', ')}`);
  }
}
for (const message of problems) console.error(`✗ ${message}\n`);
console.log(`checked ${challenges} challenges in ${seconds} s: ${problems.length === 0 ? 'all sound' : `${problems.length} problem(s)`}`);
process.exit(problems.length > 0 ? 1 : 0);
