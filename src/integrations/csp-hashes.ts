// Astro's Content-Security-Policy <meta> lists, in every page, the hash of every inline script and
// style it might emit anywhere, its island runtime and client directives (which this site never
// uses) included: half a kilobyte per page that gzip cannot shrink. After the build, each page's
// script-src and style-src keep only the hashes of the inline scripts and styles that page has.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const HASH = /\s'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;

/** The text of each inline <script> (no src) or <style> of the page. */
function inlineContents(html: string, tag: 'script' | 'style'): string[] {
  const element = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(element)].filter(([, attributes]) => !/\bsrc=/.test(attributes!)).map(([, , text]) => text!);
}

/** The page's policy with, in script-src and style-src, only the hashes of its own inline elements. */
export function policyForPage(policy: string, html: string): string {
  return policy
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      const tag = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : null;
      if (!tag) return directive;
      const contents = inlineContents(html, tag);
      return directive.replace(HASH, (source, algorithm: string, digest: string) =>
        contents.some((text) => createHash(algorithm).update(text).digest('base64') === digest) ? source : '',
      );
    })
    .join(';');
}

/** Rewrites the policy of every HTML page under dir; returns how many pages it changed. */
export function prunePolicies(dir: string): number {
  let changed = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
    const path = join(dir, file);
    const html = readFileSync(path, 'utf8');
    const pruned = html.replace(POLICY, (_, start: string, policy: string, end: string) => start + policyForPage(policy, html) + end);
    if (pruned !== html) {
      writeFileSync(path, pruned);
      changed++;
    }
  }
  return changed;
}

export function cspHashesPerPage(): AstroIntegration {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`Content-Security-Policy: unused hashes left out of ${prunePolicies(fileURLToPath(dir))} page(s)`);
      },
    },
  };
}
