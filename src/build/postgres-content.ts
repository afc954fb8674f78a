// The PostgreSQL-only parts of a page, read from the files beside it (scripts/pg_check.py runs them):
//   <PgExample id="…" />   <id>.pg.sql, optional <id>.pg.setup.sql, stored <id>.pg.expected.json
//   <Transcript id="…" />  <id>.transcript.json (two sessions' steps), stored <id>.transcript.expected.json
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedOutput } from '../lib/example-result.ts';
import type { PostgresTable } from '../lib/postgresql-record.ts';

export interface PgExample {
  id: string;
  title: string | null;
  page: string;
  dataset: string;
  setup: string | null;
  sql: string;
  /** What PostgreSQL returned, in the format of an <Example>'s expected output. */
  expected: ExpectedOutput;
}

/** One thing that happened in a transcript, in the order it was observed. */
export interface TranscriptEvent {
  /** The step's number in `<id>.transcript.json`, from 1. */
  step: number;
  session: 'A' | 'B';
  /** The statement, when the step started here; absent on the event of a waiting step that resumed. */
  sql?: string;
  /** The statement waits for a lock the other session holds. */
  waits?: true;
  /** A waiting step that went on (its outcome follows). */
  resumed?: true;
  /** The command tag ("UPDATE 1", "COMMIT"), the rows, or the error, once the statement finished. */
  status?: string;
  columns?: string[];
  rows?: PostgresTable['rows'];
  error?: string;
  sqlstate?: string;
}

export interface Transcript {
  id: string;
  title: string | null;
  page: string;
  /** The page's dataset, unless `<id>.transcript.json` names another ("dataset"). */
  dataset: string;
  /** Settings each session starts with (`SET name = value`), e.g. a shorter deadlock_timeout for B. */
  settings: Partial<Record<'A' | 'B', Record<string, string>>>;
  /** Why the settings are there, shown beside them; null when there are none. */
  note: string | null;
  events: TranscriptEvent[];
}

const TAG = (name: string) => new RegExp(`<${name}\\b([^>]*?)\\/>`, 'g');
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

/** The literal attributes of every `<name … />` tag in an MDX body, in order. */
export function componentTags(body: string, name: string): Record<string, string>[] {
  return [...body.matchAll(TAG(name))].map((tag) => Object.fromEntries([...tag[1]!.matchAll(ATTRIBUTE)].map(([, key, value]) => [key!, value!])));
}

function readJson(path: string): unknown {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

/**
 * The page's <PgExample> and <Transcript> entries, each from its files in `dir`. A missing or
 * unreadable file is a problem that names it; `claim(id)` returns where the id is already used, if it is.
 */
export function loadPostgresParts(
  dir: string,
  relDir: string,
  page: string,
  dataset: string,
  body: string,
  claim: (id: string) => string | null,
): { examples: PgExample[]; transcripts: Transcript[]; problems: string[] } {
  const examples: PgExample[] = [];
  const transcripts: Transcript[] = [];
  const problems: string[] = [];
  const checkId = (tag: string, id: string | undefined): id is string => {
    if (!id || !/^[a-z0-9-]+$/.test(id)) {
      problems.push(`<${tag}> needs an id of lower-case letters, digits and hyphens (got "${id ?? ''}")`);
      return false;
    }
    const previous = claim(id);
    if (previous) problems.push(`<${tag}> id "${id}" is already used in ${previous}; ids must be unique across the site`);
    return !previous;
  };

  for (const { id, title } of componentTags(body, 'PgExample')) {
    if (!checkId('PgExample', id)) continue;
    const sqlFile = join(dir, `${id}.pg.sql`);
    const expected = readJson(join(dir, `${id}.pg.expected.json`)) as ExpectedOutput | null;
    if (!existsSync(sqlFile)) {
      problems.push(`<PgExample id="${id}"> has no SQL file ${relDir}/${id}.pg.sql`);
      continue;
    }
    if (!expected || !Array.isArray(expected.tables)) {
      problems.push(`<PgExample id="${id}"> has no valid ${relDir}/${id}.pg.expected.json (run: npm run pg:update, with PostgreSQL installed)`);
      continue;
    }
    const setupFile = join(dir, `${id}.pg.setup.sql`);
    const setup = existsSync(setupFile) ? readFileSync(setupFile, 'utf8').trim() || null : null;
    examples.push({ id, title: title ?? null, page, dataset, setup, sql: readFileSync(sqlFile, 'utf8').trim(), expected });
  }

  for (const { id, title } of componentTags(body, 'Transcript')) {
    if (!checkId('Transcript', id)) continue;
    const source = readJson(join(dir, `${id}.transcript.json`)) as { dataset?: string; settings?: Transcript['settings']; note?: string; steps?: unknown } | null;
    const recorded = readJson(join(dir, `${id}.transcript.expected.json`)) as { events?: TranscriptEvent[] } | null;
    if (!source || !Array.isArray(source.steps)) {
      problems.push(`<Transcript id="${id}"> has no valid ${relDir}/${id}.transcript.json (a list of steps)`);
      continue;
    }
    if (!recorded || !Array.isArray(recorded.events)) {
      problems.push(`<Transcript id="${id}"> has no valid ${relDir}/${id}.transcript.expected.json (run: npm run pg:update, with PostgreSQL installed)`);
      continue;
    }
    transcripts.push({ id, title: title ?? null, page, dataset: source.dataset ?? dataset, settings: source.settings ?? {}, note: source.note ?? null, events: recorded.events });
  }
  return { examples, transcripts, problems };
}

/** What a transcript event's statement did, in one line for a finished statement without rows. */
export function eventSummary(event: TranscriptEvent): string | null {
  if (event.waits) return 'waits for a lock held by the other session';
  if (event.error !== undefined) return `ERROR: ${event.error} (SQLSTATE ${event.sqlstate})`;
  return event.status ?? null;
}
