// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { codeHighlighting } from './src/build/shiki-token-classes.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pythonRuntime } from './src/integrations/python-runtime.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { serviceWorkerFile } from './src/integrations/service-worker.ts';
import { cspHashesPerPage } from './src/integrations/csp-hashes.ts';
import { createHash } from 'node:crypto';
import { preferencesHeadScript } from './src/lib/preferences.ts';

// SITE_BASE lets the same site be deployed under a sub-path (e.g. GitHub Pages /<repo>/).
const base = process.env.SITE_BASE ?? '/';

/**
 * Vite wraps every dynamic import() of the page's code in a helper (~0.7 KB gzip on every page) that
 * preloads the imported chunk's own imports and CSS in parallel. The page's lazy modules have no
 * CSS, and their few imports follow one round trip later (after the warm-up on pointer over, not
 * after the click): the page's own weight matters more. Astro fixes build.modulePreload, so this
 * serves the helper's module itself, as a plain import().
 */
/** @returns {import('vite').Plugin} */
function dynamicImportsWithoutPreload() {
  return {
    name: 'handbook:dynamic-imports-without-preload',
    enforce: 'pre',
    load(id) {
      if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
    },
  };
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sql-orm-handbook.example.org',
  base,
  trailingSlash: 'ignore',
  // The service worker comes last: its version is a hash of everything the build wrote (the pages
  // as cspHashesPerPage leaves them).
  integrations: [mdx(), pagefindIndex(), pythonRuntime(), socialCards(), cspHashesPerPage(), serviceWorkerFile()],
  // Content-Security-Policy, as a <meta> tag in every page. Astro adds the hashes of the scripts
  // and styles it inlines (none: see build below; cspHashesPerPage keeps a page's own only); an
  // inline script added by hand needs its hash in scriptDirective.hashes.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' lets the site's own scripts compile WebAssembly (sql.js); no eval of JS.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The one inline script: it applies the saved theme before first paint (no flash).
        hashes: [`sha256-${createHash('sha256').update(preferencesHeadScript).digest('base64')}`],
      },
      styleDirective: {
        resources: [
          "'self'",
          // Style *attributes* only, which CodeMirror sets (highlighted code uses classes).
          // An attribute cannot run script or load anything (default-src is 'self'); <style>
          // elements and stylesheets stay limited to the site's own.
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  markdown: {
    shikiConfig: codeHighlighting,
  },
  // Stylesheets and scripts as files, never inlined: an inlined one puts its hash in every page's
  // Content-Security-Policy (a list of hashes gzip cannot shrink), and a file is cached once for all
  // pages. The theme script in <head> stays inline (it must run before the first paint).
  build: { inlineStylesheets: 'never' },
  vite: {
    // Astro inlines a page's small scripts below this limit: none are (other assets keep Vite's default).
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    // The sql.js worker imports modules, so it is built as an ES module worker.
    worker: { format: 'es' },
    plugins: [dynamicImportsWithoutPreload()],
  },
});
