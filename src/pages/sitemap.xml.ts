import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { listingOrder } from '../lib/question-navigation.ts';
import { withBase } from '../lib/site-content.ts';

/** /sitemap.xml: the home page and every question (not the 404 page nor redirects). */
export const GET: APIRoute = async ({ site }) => {
  const paths = ['/', ...listingOrder(await getCollection('questions')).map((question) => `questions/${question.id}/`)];
  const urls = paths.map((path) => `  <url><loc>${new URL(withBase(path), site)}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
