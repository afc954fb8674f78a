import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { inflated, unpackBundle } from './bundle-archive.ts';

/** A one-file ustar archive, as Python's tarfile writes it (name, octal size, type '0'). */
function tarOf(name: string, content: string): Uint8Array {
  const data = new TextEncoder().encode(content);
  const header = new Uint8Array(512);
  header.set(new TextEncoder().encode(name), 0);
  header.set(new TextEncoder().encode(data.length.toString(8).padStart(11, '0')), 124);
  header[156] = '0'.charCodeAt(0);
  const tar = new Uint8Array(512 + Math.ceil(data.length / 512) * 512 + 1024);
  tar.set(header, 0);
  tar.set(data, 512);
  return tar;
}

function filesOf(tar: ArrayBuffer): Map<string, string> {
  const files = new Map<string, string>();
  unpackBundle({ mkdirTree: () => {}, writeFile: (path, data) => files.set(path, new TextDecoder().decode(data)) }, new Uint8Array(tar), '/b');
  return files;
}

test('the gzipped bundle is inflated to its tar, whose files are written under the folder', async () => {
  const tar = tarOf('packages/django/__init__.py', 'VERSION = (4, 2)\n');
  const gzipped = gzipSync(tar);
  const files = filesOf(await inflated(gzipped.buffer.slice(gzipped.byteOffset, gzipped.byteOffset + gzipped.byteLength)));
  assert.deepEqual([...files], [['/b/packages/django/__init__.py', 'VERSION = (4, 2)\n']]);
});

test('a bundle the browser already inflated (a host sent Content-Encoding: gzip) is used as it is', async () => {
  const tar = tarOf('project/settings.py', 'USE_TZ = True\n');
  assert.deepEqual([...filesOf(await inflated(tar.slice().buffer))], [['/b/project/settings.py', 'USE_TZ = True\n']]);
});
