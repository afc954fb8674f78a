// The SQL and rows of an ORM example's PostgreSQL panel, which the page's HTML leaves out: fetched
// from the file the build writes (<base>postgresql/<id>.json, src/pages/postgresql/[id].json.ts)
// when dialect-tabs-element.ts first opens the panel, and rendered as text, never as HTML.
import type { PostgresRecord } from '../lib/postgresql-record.ts';
import { element, renderTable } from './render-result.ts';
import { messageParagraph } from './load-on-use.ts';

const queriesLabel = (n: number) => `${n} ${n === 1 ? 'query' : 'queries'}`;

/**
 * Fills `record` (a `[data-pg-record]` element), saying so while the file is fetched: PostgreSQL's
 * SQL unless the build found it the same as SQLite's (`data-same-sql`; the panel says so), the
 * code's output on PostgreSQL when it differs from SQLite's, then the rows. Rejects when the file
 * cannot be fetched.
 */
export async function fillRecord(record: HTMLElement): Promise<void> {
  record.replaceChildren(messageParagraph('Loading what Django sent to PostgreSQL…', 'example-status', 'status'));
  const response = await fetch(record.dataset.pgRecord!);
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  const { sql, queries, output, tables, error } = (await response.json()) as PostgresRecord;
  const nodes: HTMLElement[] = [];
  if (record.dataset.sameSql === undefined) {
    const pre = element('pre', 'pg-sql', sql);
    pre.tabIndex = 0; // it scrolls sideways: keyboard readers need to reach it
    nodes.push(pre);
  }
  if (record.dataset.sameOutput === undefined) {
    nodes.push(element('p', 'output-label', `Python output on PostgreSQL (${queriesLabel(queries)})`), element('pre', 'pg-output', output));
  }
  nodes.push(element('p', 'output-label', 'Rows PostgreSQL returned to Django'));
  nodes.push(...tables.map((table) => renderTable(table)));
  if (tables.length === 0 && !error) nodes.push(element('p', 'statement-done', 'No rows returned.'));
  if (error) nodes.push(element('p', 'run-error', `Error: ${error}`));
  record.replaceChildren(...nodes);
}
