import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lockfileProblems, unlockedDependencies } from './lockfile.ts';

/** A copy of the project's package.json and lockfile, changed by `edit`, checked, then deleted. */
function problemsAfter(edit: (files: { manifest: Record<string, any>; lock: Record<string, any> }) => void): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'handbook-lockfile-test-'));
  try {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    edit({ manifest, lock });
    writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(join(folder, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    return lockfileProblems(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('the committed lockfile is complete and matches package.json', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbook-lockfile-test-'));
  try {
    copyFileSync('package.json', join(folder, 'package.json'));
    copyFileSync('package-lock.json', join(folder, 'package-lock.json'));
    assert.deepEqual(lockfileProblems(folder), []);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a new range in package.json that the locked version still satisfies: npm install would rewrite the lockfile', () => {
  const problems = problemsAfter(({ manifest }) => {
    manifest.dependencies.yaml = '^2.0.0';
  });
  assert.match(problems.join('\n'), /npm install would rewrite it/);
});

test('a dependency the lockfile lacks fails, offline', () => {
  const problems = problemsAfter(({ manifest }) => {
    manifest.devDependencies['left-pad'] = '^1.3.0';
  });
  // Offline, npm cannot fetch it (or, when it is in npm's cache, adds it to the lockfile).
  assert.match(problems.join('\n'), /does not satisfy package\.json: .*ENOTCACHED|npm install would rewrite it/);
});

test("a lockfile without another platform's optional build fails (npm ci would)", () => {
  const problems = problemsAfter(({ lock }) => {
    delete lock.packages['node_modules/@esbuild/darwin-arm64'];
  });
  assert.ok(problems.includes('package-lock.json: node_modules/esbuild needs @esbuild/darwin-arm64, which it does not lock'), problems.join('\n'));
});

test('dependencies resolve as Node resolves them: own node_modules first, then each enclosing one', () => {
  const packages = {
    '': { dependencies: { a: '1' } },
    'node_modules/a': { dependencies: { b: '1', c: '1' } },
    'node_modules/a/node_modules/b': { optionalDependencies: { c: '1', d: '1' } },
    'node_modules/c': {},
  };
  assert.deepEqual(unlockedDependencies({ packages }), ['node_modules/a/node_modules/b needs d']);
  assert.deepEqual(unlockedDependencies({ packages: { '': { dependencies: { a: '1' } } } }), ['the project needs a']);
});
