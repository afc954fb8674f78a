// Grows a project's content to a given number of questions by copying the real ones, so the
// benchmark can see how build cost grows. Only ever run on a temporary copy of the project.
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { exampleTags, loadContent, splitFrontmatter } from '../src/build/example-manifest.ts';
import { componentTags } from '../src/build/postgres-content.ts';

/** Every id a page gives its parts: examples, PostgreSQL examples, transcripts and challenges. */
function partIds(body: string): string[] {
  return [...exampleTags(body), ...componentTags(body, 'PgExample'), ...componentTags(body, 'Transcript'), ...componentTags(body, 'Challenge')].flatMap(({ id }) => (id ? [id] : []));
}

/**
 * Adds copies of the questions under `<root>/content/questions/` until there are `count`.
 * Copy n of a question gets the folder `<slug>-copy-<n>`, part ids suffixed `-copy-<n>` (ids are
 * unique across the site), no redirects (they would clash), and an order after every original.
 */
export function multiplyQuestions(root: string, count: number): void {
  const questionsDir = join(root, 'content', 'questions');
  const originals = loadContent(root).questions;
  if (originals.length === 0) throw new Error('there is no question to copy');
  const nextOrder = new Map<string, number>();
  for (const q of originals) {
    nextOrder.set(q.frontmatter.topic, Math.max(nextOrder.get(q.frontmatter.topic) ?? 0, q.frontmatter.order) + 1);
  }

  for (let made = originals.length; made < count; made++) {
    const original = originals[made % originals.length]!;
    const n = Math.floor(made / originals.length);
    const suffix = `-copy-${n}`;
    const dir = join(questionsDir, `${original.slug}${suffix}`);
    cpSync(join(questionsDir, original.slug), dir, { recursive: true });
    const source = readFileSync(join(dir, 'index.mdx'), 'utf8');
    const { yaml, body } = splitFrontmatter(source)!;
    const ids = partIds(body);

    for (const file of readdirSync(dir)) {
      const id = ids.find((candidate) => file.startsWith(`${candidate}.`));
      if (id) renameSync(join(dir, file), join(dir, `${id}${suffix}${file.slice(id.length)}`));
    }

    const frontmatter = parseYaml(yaml) as Record<string, unknown>;
    delete frontmatter.redirectFrom;
    const topic = String(frontmatter.topic);
    frontmatter.title = `${String(frontmatter.title)} (copy ${n})`;
    const order = nextOrder.get(topic)!;
    frontmatter.order = order;
    nextOrder.set(topic, order + 1);

    let newBody = body;
    for (const id of ids) {
      newBody = newBody.replaceAll(`id="${id}"`, `id="${id}${suffix}"`).replace(new RegExp(`#${id}(?![\\w-])`, 'g'), `#${id}${suffix}`);
    }
    writeFileSync(join(dir, 'index.mdx'), `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${newBody}`);
  }
}
