/** A Markdown/MDX file's YAML frontmatter (between two "---" lines at the top) and the body after it. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return match ? { yaml: match[1]!, body: source.slice(match[0].length) } : null;
}
