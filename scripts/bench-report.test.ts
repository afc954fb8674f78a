import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { childCpuTicks, formatTable, gzipSize, median, pageWeight, runsNote, verdict } from './bench-report.ts';

const text = (s: string) => new TextEncoder().encode(s);

test('median of odd and even counts, unsorted input left alone', () => {
  const values = [30, 10, 20];
  assert.equal(median(values), 20);
  assert.deepEqual(values, [30, 10, 20]);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.throws(() => median([]), /median of no values/);
});

test('page weight sums raw and gzip bytes per kind and in total', () => {
  const html = text('<p>hello</p>'.repeat(100));
  const css = text('p { color: red }');
  const js = text('console.log(1);'.repeat(10));
  const icon = text('<svg/>');
  const weight = pageWeight([
    { url: 'http://x/q/', kind: 'html', body: html },
    { url: 'http://x/a.css', kind: 'css', body: css },
    { url: 'http://x/a.js', kind: 'js', body: js },
    { url: 'http://x/b.js', kind: 'js', body: js },
    { url: 'http://x/favicon.svg', kind: 'other', body: icon },
  ]);
  assert.deepEqual(weight.byKind.html, { raw: 1200, gzip: gzipSync(html).length });
  assert.deepEqual(weight.byKind.js, { raw: 300, gzip: 2 * gzipSync(js).length });
  assert.equal(weight.total.raw, 1200 + css.length + 300 + icon.length);
  assert.equal(weight.total.gzip, [html, css, js, js, icon].reduce((sum, body) => sum + gzipSize(body), 0));
  assert.ok(weight.byKind.html.gzip < 100, 'repetitive HTML compresses well');
  assert.deepEqual(weight.sqlJs, []);
});

test('sql.js, its worker and any wasm are singled out', () => {
  const weight = pageWeight([
    { url: 'http://x/_astro/sql-worker-abc.js', kind: 'js', body: text('') },
    { url: 'http://x/_astro/sql-wasm-browser-abc.wasm', kind: 'other', body: text('') },
    { url: 'http://x/_astro/other.wasm?v=1', kind: 'other', body: text('') },
    { url: 'http://x/_astro/page.js', kind: 'js', body: text('') },
  ]);
  assert.deepEqual(weight.sqlJs, ['http://x/_astro/sql-worker-abc.js', 'http://x/_astro/sql-wasm-browser-abc.wasm', 'http://x/_astro/other.wasm?v=1']);
});

test("Python's files and Run Python's page code are singled out too", () => {
  const weight = pageWeight([
    { url: 'http://x/python/pyodide-314.0.7/pyodide.asm.wasm', kind: 'other', body: text('') },
    { url: 'http://x/python/django-abc.zip', kind: 'other', body: text('') },
    { url: 'http://x/_astro/python-run-view.abc.js', kind: 'js', body: text('') },
    { url: 'http://x/_astro/python-example-controller.abc.js', kind: 'js', body: text('') },
    { url: 'http://x/_astro/OrmExample.astro_astro_type_script_index_0_lang.abc.js', kind: 'js', body: text('') },
  ]);
  assert.deepEqual(weight.python, [
    'http://x/python/pyodide-314.0.7/pyodide.asm.wasm',
    'http://x/python/django-abc.zip',
    'http://x/_astro/python-run-view.abc.js',
    'http://x/_astro/python-example-controller.abc.js',
  ]);
});

test('a runs note gives the count and each run, rounded', () => {
  assert.equal(runsNote([64.4, 79.5, 122]), 'median of 3: 64, 80, 122');
});

test('a figure meets its target when it is at most the target', () => {
  assert.equal(verdict({ name: 'a', value: 40, unit: 'KB', target: 40 }), 'ok');
  assert.equal(verdict({ name: 'a', value: 40.1, unit: 'KB', target: 40 }), 'MISSED');
  assert.equal(verdict({ name: 'a', value: 3, unit: 's' }), '');
  assert.equal(verdict({ name: 'a', value: 98, unit: 'score', minimum: 98 }), 'ok');
  assert.equal(verdict({ name: 'a', value: 97, unit: 'score', minimum: 98 }), 'MISSED');
});

test('the table aligns its columns and shows units and verdicts', () => {
  assert.equal(
    formatTable([
      { name: 'page weight', value: 12.345, unit: 'KB', target: 40, note: '/questions/a/' },
      { name: 'first Run, cold', value: 301.4, unit: 'ms', target: 300 },
      { name: 'build', value: 4.5, unit: 's' },
      { name: 'cold / floor', value: 2.345, unit: 'x', target: 2.5 },
      { name: 'performance', value: 97, unit: 'score', minimum: 98 },
      { name: 'layout shift', value: 0.0123, unit: 'shift', target: 0.02 },
    ]),
    [
      'figure           value    target             note',
      '---------------  -------  ---------  ------  -------------',
      'page weight      12.3 KB  ≤ 40.0 KB  ok      /questions/a/',
      'first Run, cold  301 ms   ≤ 300 ms   MISSED',
      'build            4.50 s',
      'cold / floor     2.35×    ≤ 2.50×    ok',
      'performance      97       ≥ 98       MISSED',
      'layout shift     0.012    ≤ 0.020    ok',
    ].join('\n'),
  );
});

test('CPU used by finished children is read from /proc/<pid>/stat, whatever the command name', () => {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
  const line = '4242 (node (bench) x) S 1 4242 4242 0 -1 4194560 100 200 0 0 31 7 1200 345 20 0 11 0';
  assert.equal(childCpuTicks(line), 1545);
});
