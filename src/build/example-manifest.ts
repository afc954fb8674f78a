import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { questionSchema, type QuestionFrontmatter } from '../schemas/question.ts';
import { dialectDifferences } from './dialect-differences.ts';
import { loadPostgresParts, type PgExample, type Transcript } from './postgres-content.ts';
import type { PostgresRecord, PostgresTable } from '../lib/postgresql-record.ts';
import type { ExpectedOutput } from '../lib/example-result.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { loadChallenges, type ChallengeHost, type ContentChallenge } from './challenge-manifest.ts';

/** What a Django ORM example did on PostgreSQL: `<id>.postgresql.sql` and `<id>.postgresql.json`. */
export interface PostgresRun extends PostgresRecord {
  /** Where it differs from SQLite and why (dialect-differences.ts), then the author's note if any. */
  differences: string[];
}

/** The versions the stored outputs come from (content/*-version.txt), null when not recorded. */
export interface RecordedVersions {
  /** sql.js's SQLite: every `<id>.expected.json`. */
  browserSqlite: string | null;
  /** Django and the SQLite it ran on: every `<id>.orm.json` and `<id>.sql`. */
  django: string | null;
  sqlite: string | null;
  postgresql: string | null;
}

/** A Django ORM example's Python side: `<id>.py` and what `npm run orm:update` recorded in `<id>.orm.json`. */
export interface OrmCode {
  /** The ORM code, shown on the page and run by `npm run orm:check`. */
  python: string;
  /** How many queries Django sent (the statements of `<id>.sql`). */
  queries: number;
  /** What the code showed: its printed lines, then `result` or the exception it raised. */
  output: string;
  /** The same code on PostgreSQL, or null when it was not recorded (an error names the missing file). */
  postgresql: PostgresRun | null;
}

/** ORM examples run on the dataset that holds the Django models' tables (content/django/README.md). */
export const ORM_DATASET = 'shop';

/** One runnable example, resolved from its question page and the files beside it. */
export interface ManifestExample {
  id: string;
  /** A short caption shown above the example (the `title` attribute), or null. */
  title: string | null;
  /** URL path of its page, without the site base: `/questions/<slug>/`. */
  page: string;
  dataset: string;
  setup: string | null;
  sql: string;
  /** Stored output, or null when `<id>.expected.json` is missing. */
  expected: ExpectedOutput | null;
  /** Milliseconds a run may take in the browser before it is stopped, when not the default. */
  timeoutMs: number | null;
  /** For a Django ORM example (`<OrmExample>`, code in `<id>.py`): its code and recorded run; else null. */
  orm: OrmCode | null;
  /** Repository-relative paths, for messages that name the file. */
  files: { page: string; sql: string; expected: string };
}

export interface ContentQuestion {
  slug: string;
  file: string;
  frontmatter: QuestionFrontmatter;
  exampleIds: string[];
}

export interface LoadedContent {
  datasets: Record<string, string>;
  versions: RecordedVersions;
  questions: ContentQuestion[];
  examples: ManifestExample[];
  /** <PgExample>s: SQL that runs only on PostgreSQL, with its stored output. */
  postgresqlExamples: PgExample[];
  /** <Transcript>s: two PostgreSQL sessions, step by step. */
  transcripts: Transcript[];
  /** Challenges placed in questions (`<Challenge id="…" />`), then practice problems (content/practice/). */
  challenges: ContentChallenge[];
  /** Everything wrong with the content, each naming the file: an empty list means it is sound. */
  problems: string[];
}

const EXAMPLE_TAG = /<(?:Orm)?Example\b([^>]*?)\/>/g;
const ORM_EXAMPLE_ID = /<OrmExample\b[^>]*?\bid="([^"]*)"/g;
const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|\{(\d+)\})/g;

function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export { splitFrontmatter };

/** The `<Example … />` and `<OrmExample … />` tags of a page, in order, with their literal attributes. */
export function exampleTags(body: string): Record<string, string>[] {
  return [...body.matchAll(EXAMPLE_TAG)].map((tag) => {
    const attributes: Record<string, string> = {};
    for (const [, name, text, number] of tag[1]!.matchAll(ATTRIBUTE)) attributes[name!] = text ?? number!;
    return attributes;
  });
}

/** An ORM example's recorded run, `<id>.orm.json`: `{"queries": 3, "output": ["line", …]}`; null if unusable. */
function parseOrmSummary(text: string | null): { queries: number; output: string } | null {
  let summary: { queries?: unknown; output?: unknown };
  try {
    summary = JSON.parse(text ?? 'null') ?? {};
  } catch {
    return null;
  }
  const { queries, output } = summary;
  if (typeof queries !== 'number' || !Array.isArray(output) || !output.every((line) => typeof line === 'string')) return null;
  return { queries, output: output.join('\n') };
}

/** `<id>.postgresql.json`: the summary plus `tables` and an optional `error`; null if unusable. */
function parsePostgresRecord(text: string | null): Omit<PostgresRun, 'sql' | 'differences'> | null {
  const summary = parseOrmSummary(text);
  if (summary === null) return null;
  const { tables, error } = JSON.parse(text!) as { tables?: unknown; error?: unknown };
  if (!Array.isArray(tables) || (error !== undefined && typeof error !== 'string')) return null;
  return { ...summary, tables: tables as PostgresTable[], error: error ?? null };
}

/** Reads an ORM example's PostgreSQL files and explains how it differs from SQLite; pushes problems. */
function loadPostgresRun(
  dir: string,
  id: string,
  sqlite: { sql: string; queries: number; output: string },
  problem: (message: string) => void,
): PostgresRun | null {
  const recordFile = join(dir, `${id}.postgresql.json`);
  const sql = readIfExists(join(dir, `${id}.postgresql.sql`));
  const record = parsePostgresRecord(readIfExists(recordFile));
  if (sql === null || record === null) {
    problem(`ORM example "${id}" has no valid ${id}.postgresql.sql and ${id}.postgresql.json (run npm run orm:update, with PostgreSQL installed)`);
    return null;
  }
  const note = readIfExists(join(dir, `${id}.postgresql-note.txt`))?.trim() || null;
  const found = dialectDifferences(sqlite, { sql, ...record });
  if (found.needsNote && note === null) {
    const what = found.outputDiffers ? 'its output differs' : 'its SQL differs in a way the site does not recognise';
    problem(`ORM example "${id}": on PostgreSQL ${what}; say why in one sentence in ${id}.postgresql-note.txt`);
  }
  return { sql: sql.trim(), ...record, differences: note === null ? found.reasons : [...found.reasons, note] };
}

function readVersion(path: string): string | null {
  return readIfExists(path)?.trim() || null;
}

/**
 * Reads `content/` as the build and the checks see it: datasets, questions, and every example
 * with its SQL and stored output. Pure file reading, so Node scripts and Astro share it.
 */
export function loadContent(root: string): LoadedContent {
  const problems: string[] = [];
  const contentDir = join(root, 'content');
  const rel = (path: string) => relative(root, path);

  const datasets: Record<string, string> = {};
  const datasetDir = join(contentDir, 'datasets');
  for (const name of readdirSync(datasetDir).sort()) {
    if (name.endsWith('.sql')) datasets[name.slice(0, -4)] = readFileSync(join(datasetDir, name), 'utf8');
  }

  const questions: ContentQuestion[] = [];
  const examples: ManifestExample[] = [];
  const postgresqlExamples: PgExample[] = [];
  const transcripts: Transcript[] = [];
  const examplePage = new Map<string, string>();
  const hosts: ChallengeHost[] = [];
  const questionsDir = join(contentDir, 'questions');
  const slugs = readdirSync(questionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  for (const slug of slugs) {
    const dir = join(questionsDir, slug);
    const file = join(dir, 'index.mdx');
    const source = readIfExists(file);
    if (source === null) {
      problems.push(`${rel(dir)}: a question folder needs an index.mdx`);
      continue;
    }
    const parts = splitFrontmatter(source);
    if (!parts) {
      problems.push(`${rel(file)}: no frontmatter (a block between two "---" lines at the top)`);
      continue;
    }
    const parsed = questionSchema.safeParse(parseYaml(parts.yaml) ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? ` field "${issue.path.join('.')}"` : '';
        problems.push(`${rel(file)}: frontmatter${field}: ${issue.message}`);
      }
      continue;
    }
    const frontmatter = parsed.data;
    if (!(frontmatter.dataset in datasets)) {
      problems.push(`${rel(file)}: dataset "${frontmatter.dataset}" is not a file in content/datasets/`);
    }

    hosts.push({ slug, file: rel(file), body: parts.body, dataset: frontmatter.dataset });
    const exampleIds: string[] = [];
    const tags = exampleTags(parts.body);
    const ormIds = new Set([...parts.body.matchAll(ORM_EXAMPLE_ID)].map((match) => match[1]!));
    if (tags.length === 0) problems.push(`${rel(file)}: the question has no <Example id="…" /> to run`);
    for (const attributes of tags) {
      const id = attributes.id;
      if (!id || !/^[a-z0-9-]+$/.test(id)) {
        problems.push(`${rel(file)}: every <Example> needs an id of lower-case letters, digits and hyphens (got "${id ?? ''}")`);
        continue;
      }
      const sqlFile = join(dir, `${id}.sql`);
      const expectedFile = join(dir, `${id}.expected.json`);
      const previous = examplePage.get(id);
      if (previous) {
        problems.push(`${rel(file)}: example id "${id}" is already used in ${previous}; ids must be unique across the site`);
        continue;
      }
      examplePage.set(id, rel(file));
      const pythonFile = join(dir, `${id}.py`);
      const python = readIfExists(pythonFile);
      if (ormIds.has(id) && python === null) {
        problems.push(`${rel(file)}: <OrmExample id="${id}"> has no ORM code ${rel(pythonFile)}`);
        continue;
      }
      const sql = readIfExists(sqlFile);
      if (sql === null) {
        const hint = python === null ? '' : ' (run: npm run orm:update)';
        problems.push(`${rel(file)}: example "${id}" has no SQL file ${rel(sqlFile)}${hint}`);
        continue;
      }
      const dataset = attributes.dataset ?? frontmatter.dataset;
      let orm: OrmCode | null = null;
      if (python !== null) {
        const summaryFile = join(dir, `${id}.orm.json`);
        const summary = parseOrmSummary(readIfExists(summaryFile));
        if (summary === null) {
          problems.push(`${rel(file)}: ORM example "${id}" has no valid ${rel(summaryFile)} (run: npm run orm:update)`);
        } else {
          const postgresql = loadPostgresRun(dir, id, { sql, ...summary }, (message) => problems.push(`${rel(file)}: ${message}`));
          orm = { python: python.trimEnd(), ...summary, postgresql };
        }
        if (existsSync(join(dir, `${id}.setup.sql`))) {
          problems.push(`${rel(file)}: ORM example "${id}" has a ${id}.setup.sql, which Django would not run; do the setup in ${id}.py`);
        }
        if (dataset !== ORM_DATASET) {
          problems.push(`${rel(file)}: ORM example "${id}" uses dataset "${dataset}"; ORM examples run on "${ORM_DATASET}", the Django models' tables`);
        }
      }
      if (!(dataset in datasets)) {
        problems.push(`${rel(file)}: example "${id}" uses dataset "${dataset}", which is not a file in content/datasets/`);
      }
      const expectedText = readIfExists(expectedFile);
      let expected: ExpectedOutput | null = null;
      if (expectedText === null) {
        problems.push(`${rel(file)}: example "${id}" has no stored expected output ${rel(expectedFile)} (run: npm run examples:update)`);
      } else {
        try {
          expected = JSON.parse(expectedText) as ExpectedOutput;
        } catch (error) {
          problems.push(`${rel(expectedFile)}: not valid JSON (${(error as Error).message})`);
        }
      }
      exampleIds.push(id);
      examples.push({
        id,
        title: attributes.title ?? null,
        page: `/questions/${slug}/`,
        dataset,
        setup: readIfExists(join(dir, `${id}.setup.sql`))?.trim() || null,
        sql: sql.trim(),
        expected,
        timeoutMs: attributes.timeoutMs ? Number(attributes.timeoutMs) : null,
        orm,
        files: { page: rel(file), sql: rel(sqlFile), expected: rel(expectedFile) },
      });
    }
    const postgresParts = loadPostgresParts(dir, rel(dir), `/questions/${slug}/`, frontmatter.dataset, parts.body, (id) => {
      const previous = examplePage.get(id) ?? null;
      if (!previous) examplePage.set(id, rel(file));
      return previous;
    });
    postgresqlExamples.push(...postgresParts.examples);
    transcripts.push(...postgresParts.transcripts);
    problems.push(...postgresParts.problems.map((problem) => `${rel(file)}: ${problem}`));
    questions.push({ slug, file: rel(file), frontmatter, exampleIds });
  }
  const loaded = loadChallenges(root, hosts, datasets);
  problems.push(...loaded.problems);
  for (const challenge of loaded.challenges) {
    const page = examplePage.get(challenge.id);
    if (page) problems.push(`${challenge.files.challenge}: the id "${challenge.id}" is also an example's, in ${page}; ids must be unique across the site`);
  }
  const versions = {
    browserSqlite: readVersion(join(contentDir, 'sqlite-version.txt')),
    django: readVersion(join(contentDir, 'django', 'django-version.txt')),
    sqlite: readVersion(join(contentDir, 'django', 'sqlite-version.txt')),
    postgresql: readVersion(join(contentDir, 'postgresql-version.txt')),
  };
  return { datasets, versions, questions, examples, postgresqlExamples, transcripts, challenges: loaded.challenges, problems };
}

/** An example's stored output as published: its tables, or its error and the tables shown before it. */
function publishedOutput(expected: ExpectedOutput | null): { expected?: ExpectedOutput['tables']; expectedError?: string } {
  const tables = expected?.tables ?? [];
  if (expected?.error === undefined) return { expected: tables };
  // Statements before the failing one can return rows; the page shows them, so they are checked too.
  return tables.length > 0 ? { expected: tables, expectedError: expected.error } : { expectedError: expected.error };
}

/** The public manifest, `dist/examples.json`: the contract external tests rely on. */
export function publicManifest(content: LoadedContent) {
  return {
    datasets: content.datasets,
    examples: content.examples.map((example) => ({
      id: example.id,
      page: example.page,
      dataset: example.dataset,
      setup: example.setup,
      sql: example.sql,
      ...publishedOutput(example.expected),
      // An ORM example: the SQL Django sent to PostgreSQL and the rows it got there (not runnable here).
      ...(example.orm?.postgresql
        ? { postgresql: { sql: example.orm.postgresql.sql, expected: example.orm.postgresql.tables, ...(example.orm.postgresql.error ? { expectedError: example.orm.postgresql.error } : {}) } }
        : {}),
    })),
    // Verified on PostgreSQL, stored, and not runnable in the browser.
    postgresqlExamples: content.postgresqlExamples.map((example) => ({
      id: example.id,
      page: example.page,
      dataset: example.dataset,
      setup: example.setup,
      sql: example.sql,
      ...publishedOutput(example.expected),
    })),
    transcripts: content.transcripts.map(({ id, page, dataset, settings, events }) => ({ id, page, dataset, settings, events })),
  };
}
