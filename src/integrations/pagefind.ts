// Writes the Pagefind search index into the built site, right after `astro build` (whatever
// its --outDir), so the build output is always searchable.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Only the question text is indexed: pages mark it with data-pagefind-body, and these parts of it
 * are left out because they repeat on every page or are not prose (controls, stored output, datasets).
 */
const excludeSelectors = [
  'copy-link',
  '[data-reveal-answer]',
  '.toc',
  '.dataset',
  '.models',
  '.example-dataset',
  '.example-toolbar',
  '.example-expected',
  '.example-live',
];

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
