import { publicManifest } from '../build/example-manifest.ts';
import { siteContent } from '../build/site-content.ts';

/** dist/examples.json: every example with its dataset and stored output, for tests and tools. */
export function GET() {
  return new Response(JSON.stringify(publicManifest(siteContent()), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
}
