import { loadContent, type LoadedContent } from './example-manifest.ts';

// Build-time pages import both from here; browser code imports base-path.ts directly.
export { withBase } from '../lib/base-path.ts';

let cached: LoadedContent | null = null;

/**
 * The content as the build uses it, read once per build (every request in dev, so edits show).
 * Problems fail the build, each naming its file.
 */
export function siteContent(): LoadedContent {
  if (!cached || import.meta.env.DEV) {
    const content = loadContent(process.cwd());
    if (content.problems.length > 0) {
      throw new Error(`The content has problems:\n${content.problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    cached = content;
  }
  return cached;
}
