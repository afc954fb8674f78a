// Build time: a Shiki transformer that gives each token a short class instead of Shiki's inline
// colours (`style="color:#CF222E;--shiki-dark:#FF7B72"` on every token was most of an ORM page's
// weight). Tokens in the code's own colour lose their span, and adjacent tokens of one colour share
// one. global.css colours the classes.
import type { ElementContent, Text } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { codeThemes, tokenColours } from '../lib/code-themes.ts';

const classByColour = new Map<string, string>(Object.values(tokenColours).map((c) => [c.light, c.className]));

/** The class for a token's Shiki style, `color:#RRGGBB` in the light theme ('' for the code's own colour). */
export function tokenClass(style: string): string {
  const colour = /^color:(#[0-9a-f]{6});?$/i.exec(style.trim())?.[1]?.toLowerCase();
  const className = colour === undefined ? undefined : classByColour.get(colour);
  if (className === undefined) {
    throw new Error(`Highlighted code has a token styled "${style}": add its colour to tokenColours in src/lib/code-themes.ts (and global.css)`);
  }
  return className;
}

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

function classed(token: ElementContent): ElementContent {
  if (token.type !== 'element') return token;
  const className = tokenClass(String(token.properties.style ?? ''));
  const text: Text = { type: 'text', value: textOf(token) };
  return className ? { type: 'element', tagName: 'span', properties: { class: className }, children: [text] } : text;
}

export const tokenClasses: ShikiTransformer = {
  name: 'token-classes',
  pre(pre) {
    // The theme's background and text colours come from global.css too.
    pre.properties.class = 'astro-code';
    delete pre.properties.style;
  },
  line(line) {
    const nodes: ElementContent[] = [];
    for (const token of line.children.map(classed)) {
      const last = nodes.at(-1);
      if (last?.type === 'text' && token.type === 'text') last.value += token.value;
      else if (last?.type === 'element' && token.type === 'element' && last.properties.class === token.properties.class) {
        (last.children[0] as Text).value += textOf(token);
      } else nodes.push(token);
    }
    line.children = nodes;
  },
};

/**
 * Shiki's options for every code block: the light theme's tokens, as classes that global.css
 * colours for both themes.
 */
export const codeHighlighting = { theme: codeThemes.light, transformers: [tokenClasses] };
