import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { codeToHtml } from 'shiki';
import { bundledThemes } from 'shiki/themes';
import { codeThemes, tokenColours } from '../lib/code-themes.ts';
import { codeHighlighting, tokenClass } from './shiki-token-classes.ts';

const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
const highlight = (code: string, lang: string) => codeToHtml(code, { lang, ...codeHighlighting });
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

test('the dark theme colours the same scopes as the light one, with the colours of the table', async () => {
  const lightTheme = (await bundledThemes[codeThemes.light]()).default;
  const darkTheme = (await bundledThemes[codeThemes.dark]()).default;
  const darkByLight = new Map<string, string>(Object.values(tokenColours).map((c) => [c.light, c.dark]));
  const lightRules = lightTheme.tokenColors ?? [];
  const darkRules = darkTheme.tokenColors ?? [];
  assert.equal(lightRules.length, darkRules.length);
  lightRules.forEach((rule, i) => {
    assert.deepEqual(rule.scope, darkRules[i]!.scope);
    const light = rule.settings.foreground?.toLowerCase();
    // Colours of Markdown and diff markup, which the site never highlights, need no class.
    if (light && darkByLight.has(light)) assert.equal(darkRules[i]!.settings.foreground?.toLowerCase(), darkByLight.get(light), String(rule.scope));
  });
  assert.equal(lightTheme.colors?.['editor.foreground']?.toLowerCase(), tokenColours.text.light);
  assert.equal(darkTheme.colors?.['editor.foreground']?.toLowerCase(), tokenColours.text.dark);
  assert.equal(lightTheme.colors?.['editor.background']?.toLowerCase(), tokenColours.background.light);
  assert.equal(darkTheme.colors?.['editor.background']?.toLowerCase(), tokenColours.background.dark);
});

test('global.css colours every token class with the colours of the table', () => {
  const { text, background } = tokenColours;
  assert.match(css, new RegExp(`\\.astro-code \\{\\s*color: light-dark\\(${text.light}, ${text.dark}\\);\\s*background-color: light-dark\\(${background.light}, ${background.dark}\\);`));
  for (const { className, light, dark } of Object.values(tokenColours).filter((c) => c.className)) {
    assert.match(css, new RegExp(`\\.astro-code \\.${className} \\{\\s*color: light-dark\\(${light}, ${dark}\\);\\s*\\}`), className);
  }
});

test('highlighted SQL and Python carry classes, no inline colours, and the exact code', async () => {
  const sql = "SELECT name, COUNT(*) AS n -- per customer\nFROM orders\nWHERE total > 10.5 AND note = 'a < b'\nGROUP BY name;";
  const python = 'from shop.models import Order\n\ndef total(order):\n    """The sum."""\n    return Order.objects.filter(pk=order.pk).count()  # one query';
  for (const [code, lang] of [
    [sql, 'sql'],
    [python, 'python'],
  ] as const) {
    const html = await highlight(code, lang);
    assert.doesNotMatch(html, /style=/);
    assert.match(html, /^<pre class="astro-code" tabindex="0"><code><span class="line"><span class="tk">/);
    assert.equal(decode(html), code);
  }
});

test('adjacent tokens of one colour share a span, and plain text has none', async () => {
  assert.equal(await highlight('ORDER BY name DESC', 'sql'), '<pre class="astro-code" tabindex="0"><code><span class="line"><span class="tk">ORDER BY name DESC</span></span></code></pre>');
  assert.equal(await highlight('x = a.b()\ny = 1', 'python'), '<pre class="astro-code" tabindex="0"><code><span class="line">x <span class="tk">=</span> a.b()</span>\n<span class="line">y <span class="tk">=</span><span class="tn"> 1</span></span></code></pre>');
});

test('a colour the table does not list fails, naming it', () => {
  assert.equal(tokenClass('color:#CF222E'), 'tk');
  assert.equal(tokenClass('color:#1F2328'), '');
  assert.throws(() => tokenClass('color:#123456'), /"color:#123456".*tokenColours/);
  assert.throws(() => tokenClass('color:#CF222E;font-style:italic'), /font-style/);
});
