// Puts the browser's Python into the built site (src/build/python/django-bundle.ts): Pyodide's
// runtime, the standard library and the Django bundle, under /python/, never from a CDN. Without
// Django the site builds without them, and the pages' Run Python says why (OrmExample.astro),
// unless REQUIRE_DJANGO=1.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { djangoBundle, pyodideFiles, pyodideFolder, siteFiles } from '../build/python/django-bundle.ts';

export function pythonRuntime(): AstroIntegration {
  return {
    name: 'python-runtime',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = await djangoBundle();
        if (bundle.kind === 'unavailable') {
          // CI and the deploy build install Django (.ci/run sets REQUIRE_DJANGO=1): there it must be built.
          if (process.env.REQUIRE_DJANGO === '1') throw new Error(`no Python in the browser: ${bundle.reason}, and REQUIRE_DJANGO=1 requires it`);
          logger.warn(`no Python in the browser: ${bundle.reason}`);
          return;
        }
        const site = fileURLToPath(dir);
        const files = siteFiles(bundle);
        const copy = (from: string, to: string) => {
          mkdirSync(dirname(join(site, to)), { recursive: true });
          copyFileSync(from, join(site, to));
        };
        for (const name of pyodideFiles) copy(join(pyodideFolder, name), `${files.pyodide}${name}`);
        // Pyodide reads its lock file on start; no package is loaded from it (Django is in the
        // bundle), so it is served without its 119 KB list of packages.
        const lock = JSON.parse(readFileSync(join(pyodideFolder, 'pyodide-lock.json'), 'utf8')) as { info: unknown };
        writeFileSync(join(site, files.pyodide, 'pyodide-lock.json'), JSON.stringify({ info: lock.info, packages: {} }));
        copy(bundle.stdlib, files.stdlib);
        copy(bundle.file, files.django);
        logger.info(`Python for the browser: Pyodide and Django ${bundle.django} (${(files.sizes.django / 1e6).toFixed(2)} MB bundle)`);
      },
    },
  };
}
