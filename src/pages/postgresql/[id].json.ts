import type { APIRoute } from 'astro';
import { siteContent } from '../../build/site-content.ts';
import type { PostgresRecord } from '../../lib/postgresql-record.ts';

/**
 * Each Django ORM example's SQL and rows on PostgreSQL (src/lib/postgresql-record.ts). Its page
 * leaves them out of the HTML and fetches this file when the reader first opens the PostgreSQL tab.
 */
export function getStaticPaths() {
  return siteContent()
    .examples.filter((example) => example.orm?.postgresql)
    .map((example) => ({ params: { id: example.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const { sql, queries, output, tables, error } = siteContent().examples.find((example) => example.id === params.id)!.orm!.postgresql!;
  const record: PostgresRecord = { sql, queries, output, tables, error };
  return new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } });
};
