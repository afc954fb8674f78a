// Where the SQL Django sent to SQLite and to PostgreSQL for one ORM example differ, and why, read from
// the two recorded SQL files: the one line under an ORM example's SQLite / PostgreSQL tabs.

/** What Django did on one database: the SQL it sent (the recorded file), how many queries, what the code showed. */
export interface DialectRun {
  sql: string;
  queries: number;
  output: string;
}

export interface DialectDifferences {
  /** Each difference and its reason, in a fixed order; empty when the SQL is the same. */
  reasons: string[];
  /** Whether the code's output differs between the two databases. */
  outputDiffers: boolean;
  /** Whether the reasons leave something unexplained (SQL no rule recognises, or an output no
   * reason accounts for): then the example needs an author's note saying why. */
  needsNote: boolean;
}

/** SQL reduced for comparison: no comments, no double quotes, one space, lower case, outside string literals. */
export function normaliseSql(sql: string): string {
  return sql
    .split(/('(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
            .replaceAll('"', '')
            .toLowerCase()
            .replace(/\s+/g, ' ')
            .replace(/ ?([^\w\s']) ?/g, '$1'),
    )
    .join('')
    .trim();
}

/** How many items each GROUP BY lists, in order. In normalised SQL an item has no space outside
 * parentheses, so the list ends at such a space (before HAVING, ORDER BY …) or a closing parenthesis. */
export function groupByLengths(normalised: string): number[] {
  const lengths: number[] = [];
  for (const match of normalised.matchAll(/group by /g)) {
    let depth = 0;
    let items = 1;
    for (const char of normalised.slice(match.index + match[0].length)) {
      if (char === '(') depth += 1;
      else if (char === ')') depth -= 1;
      if (depth < 0 || (depth === 0 && (char === ' ' || char === ';'))) break;
      if (depth === 0 && char === ',') items += 1;
    }
    lengths.push(items);
  }
  return lengths;
}

interface Rule {
  applies: (sqlite: string, postgresql: string) => boolean;
  reason: string;
  /** The difference also changes what the code shows (so it explains a different output). */
  changesOutput?: boolean;
}

const LIKE_ON_POSTGRESQL = /(?<!upper\()[\w.]+::text like /;

const RULES: Rule[] = [
  {
    applies: (s, p) => {
      const [sqlite, postgresql] = [groupByLengths(s), groupByLengths(p)];
      return postgresql.some((length, i) => length < (sqlite[i] ?? 0));
    },
    reason:
      'GROUP BY names only the primary key, since PostgreSQL knows the other columns of the row depend on it; for SQLite, Django lists every selected column',
  },
  {
    applies: (_, p) => /'::timestamptz/.test(p) || /'::date\b/.test(p),
    reason: "datetimes and dates are sent as typed literals ('…+00:00'::timestamptz, '…'::date), where SQLite stores and compares text",
  },
  {
    applies: (s, p) => /\bupper\([^)]*\)like upper\(/.test(p) && !/\bupper\(/.test(s),
    reason: "icontains becomes UPPER(…) LIKE UPPER(…), because PostgreSQL's LIKE is case-sensitive; SQLite's LIKE ignores ASCII case",
  },
  {
    applies: (s, p) => LIKE_ON_POSTGRESQL.test(p) && / like '/.test(s),
    reason: "contains is LIKE on both, but PostgreSQL's LIKE is case-sensitive and SQLite's is not, so it can match other rows",
    changesOutput: true,
  },
  {
    applies: (s, p) => /=(true|false)\b/.test(p) && !/=(true|false)\b/.test(s),
    reason: 'booleans are true and false, where SQLite stores 1 and 0',
  },
  {
    applies: (s, p) => s.includes('insert or ignore into') && p.includes('on conflict do nothing'),
    reason: "SQLite's INSERT OR IGNORE is INSERT … ON CONFLICT DO NOTHING",
  },
  {
    applies: (s, p) => s.includes('pragma foreign_keys') && !p.includes('pragma foreign_keys'),
    reason:
      "a migration needs none of SQLite's PRAGMA foreign_keys steps, and PostgreSQL's DDL is transactional, so ALTER TABLE runs inside the migration's BEGIN … COMMIT",
    changesOutput: true,
  },
  {
    applies: (s, p) => /create table new__/.test(s) && !/create table new__/.test(p),
    reason: 'PostgreSQL alters the table in place, where SQLite rebuilds it (CREATE TABLE new__…, copy the rows, DROP, RENAME)',
    changesOutput: true,
  },
  {
    applies: (s, p) => /\bfor update\b/.test(p) && !/\bfor update\b/.test(s),
    reason: "select_for_update() adds FOR UPDATE, which locks the rows until the transaction ends; SQLite has no row locks, so Django's SQLite backend leaves it out",
  },
  {
    applies: (s, p) => /\breturning\b/.test(p) && !/\breturning\b/.test(s),
    reason: "the new row's id comes back with INSERT … RETURNING, where on SQLite Django asks for it afterwards",
  },
  {
    applies: (_, p) => /\bdeclare [\w]+ no scroll cursor with hold for /.test(p),
    reason: '.iterator() reads through a server-side cursor (DECLARE … CURSOR), fetched in chunks, where SQLite reads the rows as they come',
  },
  {
    applies: (s, p) => /\)::(numeric|double precision)\b/.test(p) && !/::/.test(s),
    reason: "arithmetic is cast with ::numeric or ::double precision, PostgreSQL's exact and floating-point types, where SQLite uses CAST(… AS REAL) or none",
  },
];

/** The exception a line of output reports, as `module.Class`, or null when the line is no exception. */
function exceptionType(line: string): string | null {
  return /^([\w.]+(?:Error|Exception|DoesNotExist)): /.exec(line)?.[1] ?? null;
}

/**
 * Whether the outputs agree up to the exception that ends them, and the exception has the same type:
 * only the message differs (PostgreSQL's can go on over DETAIL lines).
 */
function sameExceptionOtherMessage(sqlite: string[], postgresql: string[]): boolean {
  const first = sqlite.findIndex((line, i) => line !== postgresql[i]);
  const type = first === -1 ? null : exceptionType(sqlite[first]!);
  return type !== null && first === sqlite.length - 1 && exceptionType(postgresql[first] ?? '') === type;
}

/** Where the two runs differ and why, from their SQL and output. */
export function dialectDifferences(sqlite: DialectRun, postgresql: DialectRun): DialectDifferences {
  const [s, p] = [normaliseSql(sqlite.sql), normaliseSql(postgresql.sql)];
  const applying = s === p ? [] : RULES.filter((rule) => rule.applies(s, p));
  const reasons = applying.map((rule) => rule.reason);
  if (sqlite.queries !== postgresql.queries) {
    reasons.push(`${postgresql.queries} ${postgresql.queries === 1 ? 'query' : 'queries'} instead of ${sqlite.queries}`);
  }
  const outputDiffers = sqlite.output !== postgresql.output;
  const onlyMessages = outputDiffers && sameExceptionOtherMessage(sqlite.output.split('\n'), postgresql.output.split('\n'));
  if (onlyMessages) reasons.push("the same exception is raised, with PostgreSQL's message");
  const outputExplained = !outputDiffers || onlyMessages || applying.some((rule) => rule.changesOutput);
  return { reasons, outputDiffers, needsNote: (s !== p && applying.length === 0) || !outputExplained };
}
