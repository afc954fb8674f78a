// The browser's Django gives exactly what the pages show: loads Pyodide once, with the files the site
// serves (the Django bundle and standard library of src/build/python/django-bundle.ts), and runs every
// ORM example through the shared harness as the page's worker does (src/runners/python/pyodide_run.py),
// comparing its printed output and result, query count and SQL with <id>.orm.json and <id>.sql, and
// the rows Django got with <id>.expected.json.
//   node scripts/orm-pyodide.ts    exit 1 on any difference
// Without Django there is no bundle: it says so in one line and exits 0, unless REQUIRE_DJANGO=1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadPyodide } from 'pyodide';
import { djangoBundle } from '../src/build/python/django-bundle.ts';
import { loadContent } from '../src/build/example-manifest.ts';
import { unpackBundle } from '../src/runners/python/bundle-archive.ts';
import type { PythonRun } from '../src/runners/python/protocol.ts';

const started = performance.now();
const bundle = await djangoBundle();
if (bundle.kind === 'unavailable') {
  if (process.env.REQUIRE_DJANGO === '1') {
    console.error(`✗ orm (Pyodide): no Django bundle: ${bundle.reason}, and REQUIRE_DJANGO=1 requires it`);
    process.exit(1);
  }
  console.log(`orm (Pyodide): skipped the check of the browser's Django: ${bundle.reason}`);
  process.exit(0);
}
const bundled = performance.now();

const pyodide = await loadPyodide({ stdLibURL: bundle.stdlib });
unpackBundle(pyodide.FS, gunzipSync(readFileSync(bundle.file)), '/home/pyodide/bundle');
pyodide.runPython('import sys; sys.path[:0] = ["/home/pyodide/bundle/project", "/home/pyodide/bundle/packages"]');
const pyodideRun = pyodide.pyimport('pyodide_run');
pyodideRun.load_dataset(readFileSync(join('content', 'datasets', 'shop.sql'), 'utf8'));
const run = (code: string, filename: string, recordedSql: string): PythonRun => JSON.parse(pyodideRun.run(code, filename, recordedSql));
const loaded = performance.now();

// Like orm_check.py: the SQL and the output are compared only against the Django they were recorded with.
const recordedDjango = readFileSync(join('content', 'django', 'django-version.txt'), 'utf8').trim();
const sameDjango = bundle.django.split('.').slice(0, 2).join('.') === recordedDjango.split('.').slice(0, 2).join('.');
if (!sameDjango) console.log(`orm (Pyodide): the bundle has Django ${bundle.django}, the stored SQL is from Django ${recordedDjango}: comparing rows only`);

const examples = loadContent(process.cwd()).examples.filter((example) => example.orm !== null);
const failures: string[] = [];
for (const example of examples) {
  const orm = example.orm!;
  const result = run(orm.python, `${example.id}.py`, example.sql);
  const problems: string[] = [];
  if (sameDjango) {
    const output = result.output.replace(/\n$/, '');
    if (output !== orm.output) problems.push(`output differs:\n--- recorded\n${orm.output}\n+++ Pyodide\n${output}`);
    if (result.queryCount !== orm.queries) problems.push(`${result.queryCount} queries, recorded ${orm.queries}`);
    else if (!result.sqlMatches) problems.push(`SQL differs from ${example.files.sql}:\n${result.queries.map((query) => query.sql).join(';\n')}`);
  }
  // The rows of each query up to the first failing one: what sql.js stores for <id>.sql.
  const firstError = result.queries.findIndex((query) => query.error !== null);
  const tables = result.queries
    .slice(0, firstError === -1 ? undefined : firstError)
    .flatMap((query) => (query.table ? [{ columns: query.table.columns, rows: query.table.rows }] : []));
  if (JSON.stringify(tables) !== JSON.stringify(example.expected?.tables)) problems.push(`the rows Django got differ from ${example.files.expected}`);
  if (problems.length > 0) failures.push(`${example.files.sql.replace(/\.sql$/, '.py')}: ${problems.join('; ')}`);
}

for (const failure of failures) console.error(`✗ ${failure}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `ran ${examples.length} Django ORM examples in Pyodide ${pyodide.version} with Django ${bundle.django} in ${seconds(performance.now() - started)}` +
    ` (bundle ${seconds(bundled - started)}, Pyodide and Django loaded in ${seconds(loaded - bundled)})`,
);
console.log(`orm (Pyodide): ${examples.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
