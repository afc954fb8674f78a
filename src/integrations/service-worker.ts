// Writes sw.js, the service worker (src/service-worker/sw.ts), at the root of the built site right
// after `astro build` (and after the search index, which it hashes too), with the build's VERSION,
// its SHELL and its ASSETS. Registered by src/elements/register-service-worker.ts; under a sub-path its scope is
// the base, since sw.js is there.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformSync } from 'esbuild';

const SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));
const OUTPUT = 'sw.js';

/** Every file under dir, as sorted '/'-separated paths relative to it. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

// A quoted reference to a built asset: `src="/base/_astro/x.js"`, `href=…`, `from"./x.js"`, `import"./x.js"`
// (a dynamic import(…) is not one: what a page loads later is cached when it does).
const HTML_ASSET = /(?:src=|href=|from\s*|import\s*)["'][^"']*?(_astro\/[^"']+\.(?:js|css))["']/g;
const STATIC_IMPORT = /(?:from\s*|import\s*)["']\.\/([^"']+\.js)["']/g;

/**
 * What a reader needs offline before any page has loaded more: the home page, the icon, the
 * datasets, and the stylesheets and scripts that pages load up front, with the modules they import.
 */
export function shellOf(dir: string, files: string[]): string[] {
  const assets = new Set<string>();
  for (const page of files.filter((file) => file.endsWith('.html'))) {
    for (const [, asset] of readFileSync(join(dir, page), 'utf8').matchAll(HTML_ASSET)) assets.add(asset!);
  }
  const scripts = [...assets].filter((asset) => asset.endsWith('.js'));
  for (const script of scripts) {
    for (const [, name] of readFileSync(join(dir, script), 'utf8').matchAll(STATIC_IMPORT)) {
      const imported = `_astro/${name}`;
      if (!assets.has(imported)) scripts.push(imported);
      assets.add(imported);
    }
  }
  const icon = files.filter((file) => file === 'favicon.svg');
  return ['./', ...icon, ...files.filter((file) => file.startsWith('datasets/')), ...[...assets].sort()];
}

/** Writes dir/sw.js for the build in dir; its version is a hash of every other file there. */
export function writeServiceWorker(dir: string): { version: string; shell: string[]; assets: string[] } {
  const files = filesIn(dir).filter((file) => file !== OUTPUT);
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(dir, file)));
  const version = hash.digest('hex').slice(0, 16);
  const shell = shellOf(dir, files);
  const assets = files.filter((file) => file.startsWith('_astro/'));
  const { code } = transformSync(readFileSync(SOURCE, 'utf8'), { loader: 'ts', target: 'es2022' });
  const constants = { VERSION: version, SHELL: shell, ASSETS: assets };
  const declarations = Object.entries(constants).map(([name, value]) => `const ${name} = ${JSON.stringify(value)};\n`);
  writeFileSync(join(dir, OUTPUT), `${declarations.join('')}${code}`);
  return { version, shell, assets };
}

export function serviceWorkerFile(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { version, shell } = writeServiceWorker(fileURLToPath(dir).replace(/\/$/, ''));
        logger.info(`${OUTPUT}: version ${version}, ${shell.length} files cached on install`);
      },
    },
  };
}
