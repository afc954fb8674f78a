import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { writeServiceWorker } from './service-worker.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const built = {
  'index.html': '<link rel="stylesheet" href="/base/_astro/site.css"><script type="module" src="/base/_astro/page.js"></script>',
  'questions/q/index.html': '<script type="module">import{a}from"/base/_astro/inline-import.js";</script>',
  '_astro/site.css': 'body{}',
  '_astro/page.js': 'import{x}from"./shared.js";import"./side-effect.js";const e=()=>import("./editor.js");new Worker(new URL("worker.js",import.meta.url));',
  '_astro/shared.js': 'export const x=1;',
  '_astro/side-effect.js': '',
  '_astro/inline-import.js': '',
  '_astro/editor.js': 'export{}',
  '_astro/worker.js': '',
  '_astro/sql-wasm.wasm': 'wasm',
  'datasets/shop.sql': 'CREATE TABLE t(a);',
  'favicon.svg': '<svg/>',
};

test('the shell: home page, icon, datasets, and what pages load up front with its static imports; not what loads later', () => {
  const dir = site(built);
  try {
    const { shell } = writeServiceWorker(dir);
    assert.deepEqual(shell, ['./', 'favicon.svg', 'datasets/shop.sql', '_astro/inline-import.js', '_astro/page.js', '_astro/shared.js', '_astro/side-effect.js', '_astro/site.css']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sw.js is plain JavaScript defining its version, shell and assets; the version changes with any file', () => {
  const dir = site(built);
  try {
    const { version, shell, assets } = writeServiceWorker(dir);
    assert.deepEqual(assets, Object.keys(built).filter((file) => file.startsWith('_astro/')).sort());
    const script = readFileSync(join(dir, 'sw.js'), 'utf8');
    assert.ok(script.startsWith(`const VERSION = "${version}";\nconst SHELL = ${JSON.stringify(shell)};\nconst ASSETS = ${JSON.stringify(assets)};\n`));
    assert.doesNotMatch(script, /declare const|: string/);
    assert.equal(writeServiceWorker(dir).version, version, 'sw.js itself is not hashed');
    writeFileSync(join(dir, 'datasets/shop.sql'), 'CREATE TABLE t(b);');
    assert.notEqual(writeServiceWorker(dir).version, version);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
