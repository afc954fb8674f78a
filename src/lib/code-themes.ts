/**
 * Shiki's light and dark themes, shared by Markdown code blocks and components.
 * The "-default" GitHub themes: every token colour passes WCAG AA contrast on their background,
 * unlike github-light (orange #e36209, 3.5:1) and github-dark (comments #6a737d, 3.0:1).
 */
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/**
 * Every colour the light theme gives code, with the dark theme's colour for the same tokens (the
 * two themes colour the same scopes, rule for rule: a unit test checks it). Highlighted code
 * carries a short class per token (shiki-token-classes.ts) instead of Shiki's inline colours, which
 * were most of a page's weight; global.css colours the classes, checked against this table by the
 * same test. A colour missing here fails the build, naming it.
 */
export const tokenColours = {
  /** The code's own colour: such tokens get no span at all. */
  text: { className: '', light: '#1f2328', dark: '#e6edf3' },
  background: { className: '', light: '#ffffff', dark: '#0d1117' },
  keyword: { className: 'tk', light: '#cf222e', dark: '#ff7b72' },
  string: { className: 'ts', light: '#0a3069', dark: '#a5d6ff' },
  number: { className: 'tn', light: '#0550ae', dark: '#79c0ff' },
  name: { className: 'tv', light: '#953800', dark: '#ffa657' },
  comment: { className: 'tc', light: '#6e7781', dark: '#8b949e' },
  function: { className: 'tf', light: '#8250df', dark: '#d2a8ff' },
  tag: { className: 'tg', light: '#116329', dark: '#7ee787' },
  invalid: { className: 'ti', light: '#82071e', dark: '#ffa198' },
} as const;

const lightDark = ({ light, dark }: { light: string; dark: string }) => `light-dark(${light}, ${dark})`;

/**
 * The same colours as CSS light-dark() pairs, for the in-place editors (src/elements/code-editor.ts), so editing
 * looks like the highlighted code it replaces.
 */
export const editorColours = {
  text: lightDark(tokenColours.text),
  background: lightDark(tokenColours.background),
  keyword: lightDark(tokenColours.keyword),
  string: lightDark(tokenColours.string),
  number: lightDark(tokenColours.number),
  comment: lightDark(tokenColours.comment),
} as const;
