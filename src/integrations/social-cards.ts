// Draws the link-preview images (og:image) into the built site, right after `astro build`: one
// per question, from its title, topic and difficulty, and one for the other pages. In `astro dev`
// there are none, as there is no search index.
//
// A card takes ~40 ms of CPU (1,000 questions: ~40 s), so drawn cards are kept in Astro's cache
// folder, by a hash of their text and of what draws them: a second build (npm test builds the site
// twice, at / and under a sub-path) copies them.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../build/example-manifest.ts';
import { questionCardPath, siteCardPath, siteName } from '../build/link-preview.ts';
import { renderCard, type CardText } from '../build/social-card.ts';
import { topicLabel, topics } from '../lib/topics.ts';

/** Every card of the site, by site-relative path. */
export function siteCards(root: string): Map<string, CardText> {
  const cards = new Map<string, CardText>([
    [siteCardPath, { title: 'Interview questions with answers you can run in your browser', labels: topics.map(topicLabel) }],
  ]);
  for (const { slug, frontmatter } of loadContent(root).questions) {
    cards.set(questionCardPath(slug), { title: frontmatter.title, labels: [topicLabel(frontmatter.topic), frontmatter.difficulty] });
  }
  return cards;
}

/** What draws a card: its code and the locked versions of satori, resvg and the font. */
function rendererHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of ['src/build/social-card.ts', 'package-lock.json']) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/**
 * Draws `cards` into the folder `site`, a few at once (while one is laid out here, others render in
 * the pool), taking those already drawn from `cacheDir`. Returns how many it drew.
 */
export async function drawCards(site: string, cards: Map<string, CardText>, cacheDir: string, root: string): Promise<number> {
  const renderer = rendererHash(root);
  mkdirSync(cacheDir, { recursive: true });
  const queue = [...cards];
  let drawn = 0;
  const lanes = Array.from({ length: availableParallelism() + 1 }, async () => {
    for (let next = queue.pop(); next; next = queue.pop()) {
      const [path, text] = next;
      const cached = join(cacheDir, `${createHash('sha256').update(JSON.stringify({ renderer, siteName, text })).digest('hex')}.png`);
      if (!existsSync(cached)) {
        // Written under another name first, so an interrupted build leaves no half-written card.
        writeFileSync(`${cached}.part`, await renderCard(text, siteName));
        renameSync(`${cached}.part`, cached);
        drawn += 1;
      }
      const file = join(site, path);
      mkdirSync(dirname(file), { recursive: true });
      copyFileSync(cached, file);
    }
  });
  await Promise.all(lanes);
  return drawn;
}

export function socialCards(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'social-cards');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cards = siteCards(process.cwd());
        const drawn = await drawCards(fileURLToPath(dir), cards, cacheDir, process.cwd());
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${cards.size} link-preview images (${drawn} drawn, ${cards.size - drawn} from the cache) in ${seconds} s`);
      },
    },
  };
}
