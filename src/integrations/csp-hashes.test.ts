import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { policyForPage } from './csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const theme = 'document.documentElement.dataset.theme = "dark";';
const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(theme)} ${hash('island()')}; style-src 'self' ${hash('a{}')} ${hash('')}; style-src-attr 'unsafe-inline'`;

test('a page keeps the hash of each inline script and style it has, and no other', () => {
  const html = `<head><script>${theme}</script><script type="module" src="/_astro/page.js"></script><style>a{}</style></head>`;
  assert.equal(policyForPage(policy, html), `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(theme)}; style-src 'self' ${hash('a{}')}; style-src-attr 'unsafe-inline'`);
});

test('a page without inline scripts or styles keeps only its sources', () => {
  assert.equal(policyForPage(policy, '<script src="/x.js"></script>'), "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'");
});
