// `npm run lockfile:check`: fails when `npm install` would change package-lock.json, so that
// `npm ci` (which refuses a lockfile out of step with package.json) installs what was reviewed.
// Two checks, both without the network:
//  - npm itself re-resolves a copy of package.json and the lockfile, offline, and the lockfile must
//    come out unchanged (a dependency added, removed or given a new range in package.json);
//  - every dependency of every locked package is itself locked. Offline, npm silently skips an
//    optional package it cannot fetch, so a lockfile that lacks other platforms' builds (esbuild's, for
//    example) passes the first check, yet `npm install` online adds them and `npm ci` fails.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface LockedPackage {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface Lockfile {
  packages: Record<string, LockedPackage>;
}

/**
 * The dependencies that no lockfile entry provides, as "<package> needs <dependency>", found the
 * way Node resolves them: in the package's own node_modules, then in each enclosing one.
 */
export function unlockedDependencies(lockfile: Lockfile): string[] {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lockfile.packages)) {
    // Links point at workspace folders, whose entries are checked on their own.
    if ('link' in entry) continue;
    const needs = { ...entry.dependencies, ...entry.optionalDependencies };
    for (const name of Object.keys(needs)) {
      if (!resolves(lockfile, path, name)) missing.push(`${path || 'the project'} needs ${name}`);
    }
  }
  return missing;
}

function resolves(lockfile: Lockfile, from: string, name: string): boolean {
  let folder = from;
  for (;;) {
    if (`${folder ? `${folder}/` : ''}node_modules/${name}` in lockfile.packages) return true;
    if (folder === '') return false;
    const enclosing = folder.lastIndexOf('/node_modules/');
    folder = enclosing === -1 ? '' : folder.slice(0, enclosing);
  }
}

/** What is wrong with the project's lockfile (nothing: an empty list). Runs npm on a copy. */
export function lockfileProblems(root: string): string[] {
  const lockPath = join(root, 'package-lock.json');
  const locked = readFileSync(lockPath, 'utf8');
  const problems = unlockedDependencies(JSON.parse(locked) as Lockfile).map(
    (line) => `package-lock.json: ${line}, which it does not lock`,
  );

  const copy = mkdtempSync(join(tmpdir(), 'handbook-lockfile-'));
  try {
    copyFileSync(join(root, 'package.json'), join(copy, 'package.json'));
    copyFileSync(lockPath, join(copy, 'package-lock.json'));
    try {
      // --loglevel=error: under `npm run -s` npm inherits a silent log level and would hide its reason.
      execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: copy,
        stdio: 'pipe',
        encoding: 'utf8',
      });
      if (readFileSync(join(copy, 'package-lock.json'), 'utf8') !== locked) {
        problems.push('package-lock.json is out of step with package.json: npm install would rewrite it');
      }
    } catch (error) {
      // Offline, npm fails when package.json asks for a package or version the lockfile lacks.
      const stderr = (error as { stderr?: string }).stderr ?? String(error);
      const reason = stderr
        .split('\n')
        .filter((line) => line.startsWith('npm error') && !line.includes('A complete log'))
        .map((line) => line.replace(/^npm error /, ''))
        .join('; ');
      problems.push(`package-lock.json does not satisfy package.json: ${reason || 'npm install failed'}`);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = lockfileProblems(process.cwd());
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\nRun \`npm install\` and commit package-lock.json.`);
    process.exit(1);
  }
  console.log('package-lock.json is complete and matches package.json');
}
