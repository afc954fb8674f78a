import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import type { ResultTable } from '../src/lib/example-result.ts';
import type { PostgresTable } from '../src/lib/postgresql-record.ts';
import { formatCell } from '../src/lib/result-format.ts';

export interface PublishedExample {
  id: string;
  page: string;
  dataset: string;
  setup: string | null;
  sql: string;
  expected?: ResultTable[];
  expectedError?: string;
  /** A Django ORM example: the SQL Django sent to PostgreSQL and the rows it got there. */
  postgresql?: { sql: string; expected: PostgresTable[]; expectedError?: string };
}

/** The built site's examples.json: what every example must show when run. */
export function readManifest(): { datasets: Record<string, string>; examples: PublishedExample[] } {
  return JSON.parse(readFileSync(join(process.env.DIST_DIR ?? 'dist', 'examples.json'), 'utf8'));
}

/** Pages, each with its examples in page order. */
export function examplesByPage(): Map<string, PublishedExample[]> {
  const pages = new Map<string, PublishedExample[]>();
  for (const example of readManifest().examples) {
    pages.set(example.page, [...(pages.get(example.page) ?? []), example]);
  }
  return pages;
}

/** How a stored table must read on the page: its headers and cell texts. */
export function tableTexts(table: ResultTable | PostgresTable) {
  return { columns: table.columns, rows: table.rows.map((row) => row.map((value) => formatCell(value).text)) };
}

/** The tables rendered inside `container`, read back as text. */
export async function readTables(container: Locator) {
  return container.locator('table').evaluateAll((tables) =>
    tables.map((table) => ({
      columns: [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    })),
  );
}
