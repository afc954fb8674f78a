// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { codeThemes } from './src/lib/code-themes.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// SITE_BASE lets the same site be deployed under a sub-path (e.g. GitHub Pages /<repo>/).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sql-orm-handbook.example.org',
  base,
  trailingSlash: 'ignore',
  integrations: [mdx(), pagefindIndex()],
  markdown: {
    shikiConfig: { themes: codeThemes },
  },
  vite: {
    // The sql.js worker imports modules, so it is built as an ES module worker.
    worker: { format: 'es' },
  },
});
