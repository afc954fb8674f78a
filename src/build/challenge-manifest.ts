// Reads challenges: `<id>.challenge.md` and the SQL files beside it, placed in a question with
// `<Challenge id="…" />` or standing alone as a practice problem in content/practice/<id>/.
// Pure file reading, like example-manifest.ts, which calls it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { challengeSchema, type ChallengeFrontmatter } from '../schemas/challenge.ts';
import type { ChallengeKey, HiddenDataset } from '../runners/sql/challenge-grade.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** A common wrong answer, `<id>.wrong-<name>.sql`, and why it is wrong (its first-line comment). */
export interface WrongAnswer {
  name: string;
  why: string;
  sql: string;
  file: string;
}

export interface ContentChallenge {
  id: string;
  frontmatter: ChallengeFrontmatter;
  dataset: string;
  /** The question whose answer holds it, or null for a practice problem. */
  question: string | null;
  /** Where it is, without the site base: `/questions/<slug>/#<id>` or `/practice/<id>/`. */
  url: string;
  /** The statement, Markdown. */
  statement: string;
  start: string;
  solution: string;
  wrong: WrongAnswer[];
  hidden: HiddenDataset[];
  /** Repository-relative paths, for messages that name the file. */
  files: { challenge: string; solution: string; hidden: Record<string, string> };
}

/** What the loader needs to know of a question page. */
export interface ChallengeHost {
  slug: string;
  file: string;
  body: string;
  dataset: string;
}

/** What a Check needs besides the reader's query and the visible dataset. */
export function challengeKey(challenge: ContentChallenge): ChallengeKey {
  const { columns, ordered } = challenge.frontmatter;
  return { columns, ordered, solution: challenge.solution, hidden: challenge.hidden };
}

const CHALLENGE_TAG = /<Challenge\b([^>]*?)\/>/g;
const NAME = /^[a-z0-9-]+$/;
const PRACTICE_ONLY = ['topic', 'tags', 'summary'] as const;

/** The ids of a page's `<Challenge id="…" />` tags, in order. */
export function challengeTags(body: string): string[] {
  return [...body.matchAll(CHALLENGE_TAG)].map((tag) => /\bid="([^"]*)"/.exec(tag[1]!)?.[1] ?? '');
}

function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Reads one challenge from `dir`; null (with problems) when it cannot be used. */
function loadChallenge(
  root: string,
  dir: string,
  id: string,
  host: ChallengeHost | null,
  datasets: Record<string, string>,
  problems: string[],
): ContentChallenge | null {
  const rel = (path: string) => relative(root, path);
  const file = join(dir, `${id}.challenge.md`);
  const before = problems.length;
  const source = readIfExists(file);
  if (source === null) {
    problems.push(`${rel(dir)}: challenge "${id}" has no ${id}.challenge.md`);
    return null;
  }
  const parts = splitFrontmatter(source);
  if (!parts) {
    problems.push(`${rel(file)}: no frontmatter (a block between two "---" lines at the top)`);
    return null;
  }
  const parsed = challengeSchema.safeParse(parseYaml(parts.yaml) ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? ` field "${issue.path.join('.')}"` : '';
      problems.push(`${rel(file)}: frontmatter${field}: ${issue.message}`);
    }
    return null;
  }
  const frontmatter = parsed.data;
  for (const field of PRACTICE_ONLY) {
    if (host && frontmatter[field] !== undefined) {
      problems.push(`${rel(file)}: frontmatter field "${field}": only practice problems (content/practice/<id>/) have one; a question's challenge is listed with its question`);
    }
    if (!host && frontmatter[field] === undefined) {
      problems.push(`${rel(file)}: frontmatter field "${field}": a practice problem needs one (it is how /practice/ lists it)`);
    }
  }
  const dataset = frontmatter.dataset ?? host?.dataset;
  if (dataset === undefined) problems.push(`${rel(file)}: frontmatter field "dataset": a practice problem names its dataset`);
  else if (!(dataset in datasets)) problems.push(`${rel(file)}: dataset "${dataset}" is not a file in content/datasets/`);
  if (parts.body.trim() === '') problems.push(`${rel(file)}: the statement (the Markdown after the frontmatter) is empty`);

  const required = (suffix: string, what: string) => {
    const text = readIfExists(join(dir, `${id}.${suffix}`));
    if (text === null || text.trim() === '') problems.push(`${rel(dir)}: challenge "${id}" needs ${what} in ${id}.${suffix}`);
    return text?.trim() ?? '';
  };
  const start = required('start.sql', 'the starting query shown in the editor');
  const solution = required('solution.sql', 'its reference solution');

  const wrong: WrongAnswer[] = [];
  const hiddenFiles = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.startsWith(`${id}.`)) continue;
    const suffix = name.slice(id.length + 1);
    const kind = /^(wrong|hidden)-(.+)\.sql$/.exec(suffix);
    if (!kind) {
      if (!['challenge.md', 'start.sql', 'solution.sql'].includes(suffix)) {
        problems.push(`${rel(join(dir, name))}: not a challenge file (they are ${id}.challenge.md, .start.sql, .solution.sql, .wrong-<name>.sql, .hidden-<name>.sql)`);
      }
      continue;
    }
    const [, which, fileName] = kind as unknown as [string, 'wrong' | 'hidden', string];
    if (!NAME.test(fileName)) {
      problems.push(`${rel(join(dir, name))}: the name after "${which}-" is lower-case letters, digits and hyphens`);
      continue;
    }
    const text = readFileSync(join(dir, name), 'utf8');
    if (which === 'hidden') {
      hiddenFiles.set(fileName, text.trim());
      continue;
    }
    const why = /^--[ \t]*(\S[^\n]*)/.exec(text.trimStart())?.[1]?.trim();
    if (!why) problems.push(`${rel(join(dir, name))}: the first line is a comment saying why the answer is wrong: "-- <why, in one sentence>"`);
    wrong.push({ name: fileName, why: why ?? '', sql: text.trim(), file: rel(join(dir, name)) });
  }
  if (wrong.length === 0) problems.push(`${rel(dir)}: challenge "${id}" needs at least one common wrong answer, ${id}.wrong-<name>.sql`);

  const hidden: HiddenDataset[] = [];
  const hiddenPaths: Record<string, string> = {};
  for (const { name, hint } of frontmatter.hidden) {
    const sql = hiddenFiles.get(name);
    if (sql === undefined) problems.push(`${rel(file)}: frontmatter field "hidden": "${name}" has no file ${id}.hidden-${name}.sql`);
    else hidden.push({ name, hint, sql });
    hiddenPaths[name] = rel(join(dir, `${id}.hidden-${name}.sql`));
  }
  for (const name of hiddenFiles.keys()) {
    if (!frontmatter.hidden.some((entry) => entry.name === name)) {
      problems.push(`${rel(join(dir, `${id}.hidden-${name}.sql`))}: not listed in the frontmatter's "hidden" (give it a name and a hint there)`);
    }
  }
  if (problems.length > before) return null;
  return {
    id,
    frontmatter,
    dataset: dataset!,
    question: host?.slug ?? null,
    url: host ? `/questions/${host.slug}/#${id}` : `/practice/${id}/`,
    statement: parts.body.trim(),
    start,
    solution,
    wrong,
    hidden,
    files: { challenge: rel(file), solution: rel(join(dir, `${id}.solution.sql`)), hidden: hiddenPaths },
  };
}

/**
 * Every challenge: those placed in the questions (in page order), then the practice problems
 * (by folder name). A `<id>.challenge.md` that no page places, and a tag without its files, are problems.
 */
export function loadChallenges(
  root: string,
  hosts: ChallengeHost[],
  datasets: Record<string, string>,
): { challenges: ContentChallenge[]; problems: string[] } {
  const problems: string[] = [];
  const challenges: ContentChallenge[] = [];
  const seen = new Map<string, string>();
  const add = (challenge: ContentChallenge | null, where: string) => {
    if (!challenge) return;
    const previous = seen.get(challenge.id);
    if (previous) problems.push(`${where}: challenge id "${challenge.id}" is already used in ${previous}; ids must be unique across the site`);
    else seen.set(challenge.id, where), challenges.push(challenge);
  };
  for (const host of hosts) {
    const dir = join(root, 'content', 'questions', host.slug);
    const placed = challengeTags(host.body);
    for (const id of placed) {
      if (!NAME.test(id)) problems.push(`${host.file}: every <Challenge> needs an id of lower-case letters, digits and hyphens (got "${id}")`);
      else add(loadChallenge(root, dir, id, host, datasets, problems), host.file);
    }
    for (const name of readdirSync(dir)) {
      const id = name.endsWith('.challenge.md') ? name.slice(0, -'.challenge.md'.length) : null;
      if (id !== null && !placed.includes(id)) {
        problems.push(`${relative(root, join(dir, name))}: no <Challenge id="${id}" /> in ${host.file} places it`);
      }
    }
  }
  const practiceDir = join(root, 'content', 'practice');
  if (existsSync(practiceDir)) {
    for (const entry of readdirSync(practiceDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isDirectory()) continue;
      const where = relative(root, join(practiceDir, entry.name));
      if (!NAME.test(entry.name)) problems.push(`${where}: the folder name is the challenge's id and URL; use lower-case letters, digits and hyphens`);
      else add(loadChallenge(root, join(practiceDir, entry.name), entry.name, null, datasets, problems), where);
    }
  }
  return { challenges, problems };
}
