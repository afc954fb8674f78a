/**
 * Shiki's light and dark themes, shared by Markdown code blocks and components.
 * The "-default" GitHub themes: every token colour passes WCAG AA contrast on their background,
 * unlike github-light (orange #e36209, 3.5:1) and github-dark (comments #6a737d, 3.0:1).
 */
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/**
 * The colours those themes give SQL, as CSS light-dark() pairs, for the in-place editor
 * (sql-editor.ts), so editing looks like the highlighted code it replaces. Change them with the themes.
 */
export const sqlEditorColours = {
  text: 'light-dark(#1f2328, #e6edf3)',
  background: 'light-dark(#ffffff, #0d1117)',
  keyword: 'light-dark(#cf222e, #ff7b72)',
  string: 'light-dark(#0a3069, #a5d6ff)',
  number: 'light-dark(#0550ae, #79c0ff)',
  comment: 'light-dark(#6e7781, #8b949e)',
} as const;
