import { loadContent, type LoadedContent } from './example-manifest.ts';

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

/** Joins a site-relative path to the configured base, so links work under a sub-path. */
export function withBase(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
