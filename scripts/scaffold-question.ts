// Creates a question folder that builds and passes the checks as it is: index.mdx with sound
// frontmatter and one example, the example's SQL, and its expected output recorded by running it.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadContent, type LoadedContent } from '../src/build/example-manifest.ts';
import { questionSchema } from '../src/schemas/question.ts';
import { contentProblems, recordExpected, runExampleNow } from './verify-examples.ts';

export interface QuestionDraft {
  title: string;
  topic: 'sql' | 'django-orm';
  difficulty: 'easy' | 'medium' | 'hard';
  tags: string[];
  dataset: string;
  summary: string;
  /** The folder name and URL; derived from the title when absent. */
  slug?: string;
}

export interface Scaffolded {
  slug: string;
  exampleId: string;
  /** Repository-relative paths of the files written. */
  files: string[];
  /** Problems the checks find in the new folder (none, unless the dataset itself is broken). */
  problems: string[];
}

// How questions open ("What is the difference between…", "How do you…"): dropped from slugs, as
// are articles. Only leading words go: later ones may be SQL (WHERE, IN, BETWEEN, IS NULL).
const QUESTION_OPENING = new Set(
  'a an are between can could describe did difference do does explain how i is should the what whats when which why would you your'.split(' '),
);
const ARTICLES = new Set(['a', 'an', 'the']);

/** The significant words of a title, lower-case ASCII: "What is a CTE?" → ["cte"]. */
function keywords(title: string): string[] {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const opening = words.findIndex((word) => !QUESTION_OPENING.has(word));
  const significant = words.slice(opening === -1 ? words.length : opening).filter((word) => !ARTICLES.has(word));
  return significant.length > 0 ? significant : words;
}

/** A short URL slug for a title: its significant words, at most six. */
export function slugFromTitle(title: string): string {
  return keywords(title).slice(0, 6).join('-');
}

/** The first of `base`, `base-2`, `base-3`… that `taken` does not hold. */
function unused(base: string, taken: (name: string) => boolean): string {
  let name = base;
  for (let n = 2; taken(name); n++) name = `${base}-${n}`;
  return name;
}

function frontmatterText(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields).map(([key, value]) =>
    Array.isArray(value) ? `${key}: [${value.join(', ')}]` : `${key}: ${stringify(value, { lineWidth: 0 }).trim()}`,
  );
  return `---\n${lines.join('\n')}\n---\n`;
}

function pageText(frontmatter: string, draft: QuestionDraft, exampleId: string): string {
  const ormNote =
    draft.topic === 'django-orm'
      ? `\n    To show ORM code instead of SQL: write ${exampleId}.py, rename the tag below to OrmExample and
    run npm run orm:update (see content/django/README.md).`
      : '';
  return `${frontmatter}
{/* Answer as a senior engineer explaining to a candidate: what it is, how it works, its pitfalls
    and what interviewers look for. Be correct for SQLite and say where PostgreSQL or MySQL differ.
    Use ## headings for sections: they make the table of contents. See CONTRIBUTING.md. */}

## A first look at the data

{/* Before each example, say what it shows; after it, what to notice in its output.
    Edit ${exampleId}.sql, then run: npm run examples:update${ormNote} */}

<Example id="${exampleId}" title="A first look at the data" />
`;
}

/** The first table a dataset creates, to give the new example something real to select. */
async function firstTable(content: LoadedContent, dataset: string): Promise<string | null> {
  const sql = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid LIMIT 1;";
  const output = await runExampleNow(content, { dataset, setup: null, sql });
  const name = output?.tables[0]?.rows[0]?.[0];
  return typeof name === 'string' ? name : null;
}

/** Writes the new question under `<root>/content/questions/<slug>/`. Throws a message naming what is wrong. */
export async function scaffoldQuestion(root: string, draft: QuestionDraft): Promise<Scaffolded> {
  const content = loadContent(root);
  const slug = draft.slug ?? slugFromTitle(draft.title);
  if (!/^[a-z0-9-]+$/.test(slug)) throw new Error(`the slug "${slug}" must be lower-case letters, digits and hyphens`);
  const dir = join(root, 'content', 'questions', slug);
  const relDir = `content/questions/${slug}`;
  if (existsSync(dir)) throw new Error(`${relDir}/ already exists; choose another title or pass --slug`);
  if (!(draft.dataset in content.datasets)) {
    throw new Error(`there is no dataset content/datasets/${draft.dataset}.sql (there are: ${Object.keys(content.datasets).join(', ')})`);
  }

  const sameTopic = content.questions.filter((q) => q.frontmatter.topic === draft.topic);
  const fields = {
    title: draft.title,
    topic: draft.topic,
    difficulty: draft.difficulty,
    tags: draft.tags,
    summary: draft.summary,
    dataset: draft.dataset,
    order: Math.max(0, ...sameTopic.map((q) => q.frontmatter.order)) + 1,
  };
  const parsed = questionSchema.safeParse(fields);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));

  const takenIds = new Set(content.examples.map((e) => e.id));
  // ORM example ids start with "orm-" (content/django/README.md), so this one can become one.
  const prefix = draft.topic === 'django-orm' ? 'orm-' : '';
  const exampleId = unused(`${prefix}${keywords(draft.title).slice(0, 3).join('-')}-first-look`, (id) => takenIds.has(id));
  const table = await firstTable(content, draft.dataset);
  const quoted = table && (/^[A-Za-z_][A-Za-z0-9_]*$/.test(table) ? table : `"${table.replace(/"/g, '""')}"`);
  const sql = quoted ? `SELECT *\nFROM ${quoted}\nLIMIT 5;\n` : 'SELECT 1 AS one;\n';

  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.mdx'), pageText(frontmatterText(fields), draft, exampleId));
  writeFileSync(join(dir, `${exampleId}.sql`), sql);
  const written = loadContent(root);
  await recordExpected(root, written, written.examples.find((e) => e.id === exampleId)!);

  const problems = contentProblems(root).problems.filter((p) => p.startsWith(`${relDir}/`));
  return {
    slug,
    exampleId,
    files: ['index.mdx', `${exampleId}.sql`, `${exampleId}.expected.json`].map((f) => `${relDir}/${f}`),
    problems,
  };
}
