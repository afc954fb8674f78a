import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContent } from '../build/example-manifest.ts';
import { questionCardPath, siteCardPath } from '../build/link-preview.ts';
import { drawCards, siteCards } from './social-cards.ts';

test('every question has a card with its title, topic and difficulty, and the site has one', () => {
  const cards = siteCards(process.cwd());
  const { questions } = loadContent(process.cwd());
  assert.equal(cards.size, questions.length + 1);
  assert.ok(cards.has(siteCardPath));
  const sql = questions.find((question) => question.frontmatter.topic === 'sql')!;
  assert.deepEqual(cards.get(questionCardPath(sql.slug)), { title: sql.frontmatter.title, labels: ['SQL', sql.frontmatter.difficulty] });
});

test('cards are 1200×630 PNGs under 100 KB, drawn once: a second build takes them from the cache', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbook-cards-'));
  try {
    const site = join(folder, 'site');
    const cache = join(folder, 'cache');
    const cards = new Map([
      ['og/a.png', { title: 'What does a very long question title look like when it wraps over several lines of the card?', labels: ['SQL', 'hard'] }],
      ['og/b.png', { title: 'Short?', labels: ['Django ORM', 'easy'] }],
    ]);
    assert.equal(await drawCards(site, cards, cache, process.cwd()), 2);
    for (const path of cards.keys()) {
      const png = readFileSync(join(site, path));
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
      assert.ok(png.length < 100 * 1024, `${path}: ${png.length} bytes`);
    }
    assert.equal(await drawCards(site, cards, cache, process.cwd()), 0);
    cards.set('og/b.png', { title: 'Short, and changed?', labels: ['Django ORM', 'easy'] });
    assert.equal(await drawCards(site, cards, cache, process.cwd()), 1);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
