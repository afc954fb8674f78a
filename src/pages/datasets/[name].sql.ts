import type { APIRoute } from 'astro';
import { siteContent } from '../../build/site-content.ts';

/** Each dataset as a static file, fetched by the runner on a reader's first Run. */
export function getStaticPaths() {
  return Object.keys(siteContent().datasets).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(siteContent().datasets[params.name!], { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
