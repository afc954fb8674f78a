import type { APIRoute } from 'astro';
import { siteContent } from '../../build/site-content.ts';
import { challengeKey } from '../../build/challenge-manifest.ts';

/**
 * Each challenge's key: what a Check needs besides the reader's query (solution, hidden datasets).
 * Only the SQL worker fetches it, so the hidden datasets' rows never reach the page.
 */
export function getStaticPaths() {
  return siteContent().challenges.map((challenge) => ({ params: { id: challenge.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const challenge = siteContent().challenges.find((candidate) => candidate.id === params.id)!;
  return new Response(JSON.stringify(challengeKey(challenge)), { headers: { 'Content-Type': 'application/json' } });
};
