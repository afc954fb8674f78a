// What a link to a page shows when pasted into a chat: Open Graph and Twitter card tags, and each
// question's preview image (src/integrations/social-cards.ts). Read as served, without a browser.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { questionCardPath, siteCardPath } from '../src/build/link-preview.ts';
import { topicLabel } from '../src/lib/topics.ts';
import { questionPath, questions } from './questions.ts';

const siteName = 'SQL & Django ORM Interview Handbook';
const maxImageBytes = 100 * 1024;

/** The page's <meta> tags, by property or name, with their content decoded. */
function metaTags(html: string): Map<string, string> {
  const decode = (text: string) =>
    text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  const tags = new Map<string, string>();
  for (const [, key, content] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)) tags.set(key!, decode(content!));
  return tags;
}

/** Width and height from a PNG's IHDR chunk, which the format puts first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'the PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1'), 'the first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The image an absolute og:image URL names, fetched from the local server: the URL must be on the
 * site's own origin and base, as the canonical URL says they are.
 */
async function expectCard(request: APIRequestContext, imageUrl: string, canonicalBase: string, path: string) {
  expect(imageUrl).toBe(new URL(path, canonicalBase).href);
  const response = await request.get(path);
  expect(response.status(), `${path} is served`).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const bytes = await response.body();
  expect(pngSize(bytes), `${path} is 1200×630`).toEqual({ width: 1200, height: 630 });
  expect(bytes.length, `${path} weighs under 100 KB`).toBeLessThan(maxImageBytes);
}

test('every question has Open Graph and Twitter card tags, and its own 1200×630 preview image under 100 KB', async ({ request }) => {
  const home = metaTags(await (await request.get('')).text());
  // The site's address as published (SITE_URL and the base), which is not the test server's.
  const siteBase = home.get('og:url')!;
  expect(siteBase).toMatch(/^https?:\/\/[^/]+\/(.+\/)?$/);
  const images = new Set<string>();

  for (const question of questions) {
    const tags = metaTags(await (await request.get(questionPath(question))).text());
    const alt = `${question.data.title} (${topicLabel(question.data.topic)}, ${question.data.difficulty})`;
    expect(Object.fromEntries(tags), question.id).toMatchObject({
      'og:type': 'article',
      'og:site_name': siteName,
      'og:title': question.data.title,
      'og:description': question.data.summary,
      'og:url': new URL(questionPath(question), siteBase).href,
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': alt,
      'twitter:card': 'summary_large_image',
      'twitter:title': question.data.title,
      'twitter:description': question.data.summary,
      'twitter:image': tags.get('og:image'),
      'twitter:image:alt': alt,
    });
    await expectCard(request, tags.get('og:image')!, siteBase, questionCardPath(question.id));
    images.add(tags.get('og:image')!);
  }
  expect(images.size, 'each question has an image of its own').toBe(questions.length);
});

test('the home page and the 404 page have the tags too, with the site’s image', async ({ request }) => {
  const home = metaTags(await (await request.get('')).text());
  const siteBase = home.get('og:url')!;
  expect(Object.fromEntries(home)).toMatchObject({
    'og:type': 'website',
    'og:site_name': siteName,
    'og:title': siteName,
    'twitter:card': 'summary_large_image',
    'twitter:title': siteName,
    'twitter:description': home.get('og:description'),
    'og:image:alt': siteName,
  });
  await expectCard(request, home.get('og:image')!, siteBase, siteCardPath);

  const missing = metaTags(await (await request.get('no-such-page/')).text());
  expect(missing.get('og:title')).toBe('Page not found');
  expect(missing.get('og:image')).toBe(home.get('og:image'));
  // The 404 page is at no address of its own: no og:url, as no canonical URL.
  expect(missing.has('og:url')).toBe(false);
});

test('the page at a renamed question’s old address previews as the question', async ({ request }) => {
  const renamed = questions.filter((question) => question.data.redirectFrom.length > 0);
  test.skip(renamed.length === 0, 'no question has been renamed');
  for (const question of renamed) {
    const current = metaTags(await (await request.get(questionPath(question))).text());
    for (const from of question.data.redirectFrom) {
      const old = metaTags(await (await request.get(`questions/${from}/`)).text());
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
        expect(old.get(key), `${key} of /questions/${from}/`).toBe(current.get(key));
      }
    }
  }
});
