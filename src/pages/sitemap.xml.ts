import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { listingOrder } from '../build/question-navigation.ts';
import { siteContent, withBase } from '../build/site-content.ts';

/** /sitemap.xml: the home page, every question, /practice/ and each practice problem (not the 404 page nor redirects). */
export const GET: APIRoute = async ({ site }) => {
  const practice = siteContent().challenges.filter((challenge) => challenge.question === null);
  const paths = [
    '/',
    ...listingOrder(await getCollection('questions')).map((question) => `questions/${question.id}/`),
    'practice/',
    ...practice.map((challenge) => `practice/${challenge.id}/`),
  ];
  const urls = paths.map((path) => `  <url><loc>${new URL(withBase(path), site)}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
