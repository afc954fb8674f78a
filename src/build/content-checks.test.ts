import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentFixture, questionFrontmatter } from './content-fixture.ts';
import { linkTargets, pageAnchors, reviewContent } from './content-checks.ts';
import { loadContent } from './example-manifest.ts';

/** A sound question folder: its page (with `body` after one example) and that example's files. */
function question(slug: string, body = '', fields: Record<string, string> = {}): Record<string, string> {
  return {
    [`questions/${slug}/index.mdx`]: `${questionFrontmatter(fields)}\n## First look\n\n<Example id="${slug}-ex" />\n${body}`,
    [`questions/${slug}/${slug}-ex.sql`]: 'SELECT a FROM t;',
    [`questions/${slug}/${slug}-ex.expected.json`]: '{"tables":[]}',
  };
}

function review(files: Record<string, string>): string[] {
  const root = contentFixture(files);
  return reviewContent(root, loadContent(root));
}

test('sound content has nothing to review, links to pages, headings and examples included', () => {
  const body = [
    'See [the other question](/questions/b/), [its example](/questions/b/#b-ex), [a heading](../b/#first-look),',
    '[this page](#first-look), [the dataset](/datasets/tiny.sql), [Django](https://docs.djangoproject.com/#x),',
    '<a href="#a-ex">run it</a> and [ref].',
    '',
    '[ref]: /questions/b/#first-look',
  ].join('\n');
  assert.deepEqual(review({ ...question('a', body), ...question('b') }), []);
});

test('a dataset no question uses is named', () => {
  assert.deepEqual(review({ ...question('a'), 'datasets/orphan.sql': 'CREATE TABLE o (x);' }), [
    'content/datasets/orphan.sql: no question or example uses the dataset "orphan"; use it or delete the file',
  ]);
});

test('a dataset used only by one example (not as a page default) counts as used', () => {
  const files = question('a', '<Example id="a-other" dataset="other" />');
  Object.assign(files, { 'datasets/other.sql': 'CREATE TABLE o (x);', 'questions/a/a-other.sql': 'SELECT 1;', 'questions/a/a-other.expected.json': '{"tables":[]}' });
  assert.deepEqual(review(files), []);
});

test('a redirect that claims another question\'s slug, or a slug twice, is named', () => {
  assert.deepEqual(review({ ...question('a'), ...question('b', '', { redirectFrom: '[a, old, old]' }) }), [
    'content/questions/b/index.mdx: the slug "a" is already used by content/questions/a/index.mdx; a slug or redirect must be unique',
    'content/questions/b/index.mdx: the slug "old" is already used by content/questions/b/index.mdx; a slug or redirect must be unique',
  ]);
});

test('a folder name that differs only in case (or is not a slug) is named', () => {
  assert.deepEqual(review({ ...question('ab'), ...question('AB') }), [
    'content/questions/AB/index.mdx: the folder name "AB" is the page\'s URL; use lower-case letters, digits and hyphens',
    'content/questions/ab/index.mdx: the slug "ab" is already used by content/questions/AB/index.mdx; a slug or redirect must be unique',
  ]);
});

test('broken internal links are named with their file and line, and why', () => {
  const body = [
    'A [missing page](/questions/nope/).',
    'A [missing anchor](/questions/b/#no-such-thing) and [here too](#nowhere).',
    'A [renamed page](/questions/old-b/), a <a href="/datasets/none.sql">dataset</a>, a [typo](/questions/b/extra/).',
  ].join('\n');
  // The page's body starts on line 10: 9 lines of frontmatter, then a blank line, a heading, a blank line, the example.
  assert.deepEqual(review({ ...question('a', body), ...question('b', '', { redirectFrom: '[old-b]' }) }), [
    'content/questions/a/index.mdx:14: broken link "/questions/nope/": there is no question "nope" (no folder content/questions/nope/)',
    'content/questions/a/index.mdx:15: broken link "/questions/b/#no-such-thing": content/questions/b/index.mdx has no heading or example with the id "no-such-thing"',
    'content/questions/a/index.mdx:15: broken link "#nowhere": content/questions/a/index.mdx has no heading or example with the id "nowhere"',
    'content/questions/a/index.mdx:16: broken link "/questions/old-b/": the question "old-b" was renamed; link to /questions/b/',
    'content/questions/a/index.mdx:16: broken link "/datasets/none.sql": there is no dataset content/datasets/none.sql',
    'content/questions/a/index.mdx:16: broken link "/questions/b/extra/": a question link is /questions/<slug>/ optionally followed by #<anchor>',
  ]);
});

test('links and headings inside code are not links or headings', () => {
  const body = '```python\n# [not a link](/questions/nope/)\n```\n\nInline `[x](#nowhere)` code.\n';
  assert.deepEqual(linkTargets(body), []);
  assert.deepEqual([...pageAnchors(body)], []);
});

test('heading anchors are slugged as Astro slugs them, duplicates numbered', () => {
  const body = "## Walk the `org chart`: depth & path\n\n## Only one branch: a manager's *whole* team\n\n## In Django\n\n### In Django\n\n<div id=\"custom\"></div>";
  assert.deepEqual([...pageAnchors(body)], [
    'walk-the-org-chart-depth--path',
    'only-one-branch-a-managers-whole-team',
    'in-django',
    'in-django-1',
    'custom',
  ]);
});
