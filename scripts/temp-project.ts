// A throw-away copy of the project in the system's temporary folder, for builds that must not
// touch the real one (the benchmark's 1,000-question site). Packages are linked, not copied.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Build output, caches and reports: not part of the project, and large.
const SKIPPED = /^(node_modules|dist|dist-.*|\.astro|\.git|test-results|playwright-report|bench)$/;

/**
 * Copies the project at `root` (sources, content, config) and links each installed package.
 * node_modules itself is a real folder, so Astro's cache (node_modules/.astro) stays in the copy.
 */
export function copyProject(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'handbook-project-'));
  for (const entry of readdirSync(root)) {
    if (!SKIPPED.test(entry)) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  return copy;
}
