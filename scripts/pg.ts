// The PostgreSQL examples and two-session transcripts (scripts/pg_check.py), run with a Python that
// has psycopg2, on a throwaway PostgreSQL server the check starts and stops itself.
//   node scripts/pg.ts           its Python unit tests (scripts/pg_check_test.py), then the check; exit 1 on any difference
//   node scripts/pg.ts --update  rewrite each <id>.pg.expected.json and <id>.transcript.expected.json
// Without PostgreSQL or psycopg2 it says so in one line and exits 0, unless REQUIRE_POSTGRES=1 (CI).
import { spawnSync } from 'node:child_process';
import { canImport, findPython, pythonCandidates } from './find-python.ts';

const candidates = pythonCandidates(process.env);
const python = findPython(candidates, (candidate) => canImport(candidate, 'psycopg2'));
if (python === null) {
  const why = `no Python that can import psycopg2 (tried ${candidates.join(', ')}; on Debian: apt-get install postgresql python3-psycopg2)`;
  if (process.env.REQUIRE_POSTGRES === '1') {
    console.error(`✗ pg: ${why}, and REQUIRE_POSTGRES=1 requires it`);
    process.exit(1);
  }
  console.log(`pg: skipped the PostgreSQL check: ${why}`);
  process.exit(0);
}
const run = (args: string[]) => spawnSync(python, args, { stdio: 'inherit' }).status === 0;
if (process.argv.includes('--update')) process.exit(run(['scripts/pg_check.py', '--update']) ? 0 : 1);
// Without a server, pg_check.py alone says so in one line (or fails under REQUIRE_POSTGRES=1).
const serverMissing = !run(['-c', 'import sys; sys.path.insert(0, "scripts"); import pg_server; sys.exit(1 if pg_server.unavailable() else 0)']);
if (serverMissing) process.exit(run(['scripts/pg_check.py']) ? 0 : 1);
const testsPass = run(['scripts/pg_check_test.py']);
process.exit(run(['scripts/pg_check.py']) && testsPass ? 0 : 1);
