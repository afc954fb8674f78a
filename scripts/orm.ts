// The Django ORM check (content/django/README.md), run with a Python that can import Django.
//   node scripts/orm.ts           its Python unit tests, then scripts/orm_check.py on SQLite and on
//                                 PostgreSQL (the same harness: --database postgresql); exit 1 on a failure
//   node scripts/orm.ts --update  rewrite the ORM examples' <id>.sql and <id>.orm.json from Django,
//                                 their <id>.postgresql.sql and <id>.postgresql.json, then every
//                                 <id>.expected.json (npm run examples:update)
// Without such a Python it says so and exits 0, unless REQUIRE_DJANGO=1 (CI), which makes it an error.
// Without PostgreSQL, orm_check.py skips only the PostgreSQL run, in one line (scripts/pg_server.py).
import { spawnSync } from 'node:child_process';
import { findPython, pythonCandidates } from './find-python.ts';

const update = process.argv.includes('--update');
const candidates = pythonCandidates(process.env);
const python = findPython(candidates);

if (python === null) {
  const why = `no Python that can import Django (tried ${candidates.join(', ')}; install it with: pip install 'django>=4.2')`;
  if (process.env.REQUIRE_DJANGO === '1') {
    console.error(`✗ orm: ${why}, and REQUIRE_DJANGO=1 requires it`);
    process.exit(1);
  }
  console.log(`orm: skipped the Django ORM check: ${why}`);
  process.exit(0);
}

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

if (update) {
  const ok =
    run(python, ['scripts/orm_check.py', '--update']) &&
    run(python, ['scripts/orm_check.py', '--update', '--database', 'postgresql']) &&
    run(process.execPath, ['scripts/examples.ts', '--update']);
  process.exit(ok ? 0 : 1);
}
const testsPass = run(python, ['scripts/orm_check_test.py']);
const checkPasses = run(python, ['scripts/orm_check.py']);
const postgresPasses = run(python, ['scripts/orm_check.py', '--database', 'postgresql']);
process.exit(testsPass && checkPasses && postgresPasses ? 0 : 1);
