// For tests: a throw-away project root whose content/ holds exactly the files a test gives it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Frontmatter of a sound question, with some fields replaced. */
export function questionFrontmatter(fields: Record<string, string> = {}): string {
  const all = {
    title: 'What is a fixture question?',
    topic: 'sql',
    difficulty: 'easy',
    tags: '[fixtures]',
    summary: 'A question that only exists inside a unit test.',
    dataset: 'tiny',
    order: '1',
    ...fields,
  };
  return `---\n${Object.entries(all)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n`;
}

/**
 * Writes `{ 'questions/a/index.mdx': '…' }` under `<temp root>/content/` and returns the root.
 * The dataset `tiny` is always there unless a test replaces it.
 */
export function contentFixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-content-'));
  const all = { 'datasets/tiny.sql': 'CREATE TABLE t (a INTEGER);\nINSERT INTO t VALUES (1), (2);\n', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return root;
}
