// Checks across the whole site that protect reviewers, beyond what loadContent checks per question:
// slugs that clash, datasets nobody uses, and links in the answers that lead nowhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { splitFrontmatter, type LoadedContent } from './example-manifest.ts';

const SLUG = /^[a-z0-9-]+$/;
const SITE = 'http://site.invalid';

/** The text with fenced code blocks blanked out (line breaks kept, so line numbers still hold). */
function withoutCodeBlocks(text: string): string {
  return text.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\2[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/** The text with inline code spans blanked out too: `[a](b)` inside code is not a link. */
function withoutCode(text: string): string {
  return withoutCodeBlocks(text).replace(/(`+)[^\n]*?\1/g, (span) => ' '.repeat(span.length));
}

/** Markdown inline formatting reduced to the text a heading renders as. */
function headingText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*_~]/g, '');
}

/**
 * The ids an MDX body gives its page: headings (slugged as Astro does, with github-slugger),
 * and explicit `id="…"` attributes. Example ids are added by the caller.
 */
export function pageAnchors(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const [, text] of withoutCodeBlocks(body).matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    anchors.add(slugger.slug(headingText(text!)));
  }
  for (const [, id] of withoutCode(body).matchAll(/\bid="([^"]+)"/g)) anchors.add(id!);
  return anchors;
}

/** Every link target in an MDX body, with its 1-based line: Markdown links, references, hrefs. */
export function linkTargets(body: string): { target: string; line: number }[] {
  const text = withoutCode(body);
  const patterns = [/\]\(\s*<?([^)\s>]+)/g, /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm, /\bhref=["']([^"']+)["']/g];
  return patterns
    .flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ target: match[1]!, index: match.index })))
    .sort((a, b) => a.index - b.index)
    .map(({ target, index }) => ({ target, line: text.slice(0, index).split('\n').length }));
}

/**
 * Site-wide problems, each naming the file: a folder name that is not a valid slug, a slug or
 * redirect claimed twice, a dataset no question uses, and an internal link (to /questions/…,
 * /datasets/… or a #anchor) that leads nowhere.
 */
export function reviewContent(root: string, content: LoadedContent): string[] {
  const problems: string[] = [];

  // Slugs are folder names, so two questions can only clash through case or a redirect.
  const urlOwners = new Map<string, string>();
  for (const question of content.questions) {
    if (!SLUG.test(question.slug)) {
      problems.push(`${question.file}: the folder name "${question.slug}" is the page's URL; use lower-case letters, digits and hyphens`);
    }
    for (const slug of [question.slug, ...question.frontmatter.redirectFrom]) {
      const owner = urlOwners.get(slug.toLowerCase());
      if (owner) problems.push(`${question.file}: the slug "${slug}" is already used by ${owner}; a slug or redirect must be unique`);
      else urlOwners.set(slug.toLowerCase(), question.file);
    }
  }

  const used = new Set([
    ...content.questions.map((q) => q.frontmatter.dataset),
    ...content.examples.map((e) => e.dataset),
    ...content.challenges.map((c) => c.dataset),
  ]);
  for (const name of Object.keys(content.datasets)) {
    if (!used.has(name)) problems.push(`content/datasets/${name}.sql: no question or example uses the dataset "${name}"; use it or delete the file`);
  }

  const anchorsBySlug = new Map<string, Set<string>>();
  const bodies = new Map<string, { file: string; body: string; bodyLine: number }>();
  for (const question of content.questions) {
    const source = readFileSync(join(root, question.file), 'utf8');
    const body = splitFrontmatter(source)?.body ?? '';
    const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
    const anchors = pageAnchors(body);
    for (const id of question.exampleIds) anchors.add(id);
    anchorsBySlug.set(question.slug, anchors);
    bodies.set(question.slug, { file: question.file, body, bodyLine });
  }
  const renamed = new Map(content.questions.flatMap((q) => q.frontmatter.redirectFrom.map((old) => [old, q.slug] as const)));

  for (const [slug, { file, body, bodyLine }] of bodies) {
    for (const { target, line } of linkTargets(body)) {
      const why = brokenLinkReason(target, slug, anchorsBySlug, renamed, content.datasets);
      if (why) problems.push(`${file}:${bodyLine + line - 1}: broken link "${target}": ${why}`);
    }
  }
  return problems;
}

/** Why an internal link from the page `slug` leads nowhere, or null when it is fine (or external). */
function brokenLinkReason(
  target: string,
  slug: string,
  anchorsBySlug: Map<string, Set<string>>,
  renamed: Map<string, string>,
  datasets: Record<string, string>,
): string | null {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) return null; // another site, mailto:, …
  const page = `/questions/${slug}/`;
  const url = new URL(target, `${SITE}${page}`);
  const path = url.pathname;
  const questionPath = /^\/questions\/([^/]+)\/?$/.exec(path);
  const datasetPath = /^\/datasets\/([^/]+)\.sql$/.exec(path);
  if (questionPath) {
    const linked = questionPath[1]!;
    const anchors = anchorsBySlug.get(linked);
    if (!anchors) {
      const now = renamed.get(linked);
      return now ? `the question "${linked}" was renamed; link to /questions/${now}/` : `there is no question "${linked}" (no folder content/questions/${linked}/)`;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && !anchors.has(anchor)) {
      return `content/questions/${linked}/index.mdx has no heading or example with the id "${anchor}"`;
    }
    return null;
  }
  if (datasetPath && !(datasetPath[1]! in datasets)) return `there is no dataset content/datasets/${datasetPath[1]}.sql`;
  if (path.startsWith('/questions/') && path !== '/questions/') return 'a question link is /questions/<slug>/ optionally followed by #<anchor>';
  return null;
}
