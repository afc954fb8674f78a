/**
 * Shiki's light and dark themes, shared by Markdown code blocks and components.
 * The "-default" GitHub themes: every token colour passes WCAG AA contrast on their background,
 * unlike github-light (orange #e36209, 3.5:1) and github-dark (comments #6a737d, 3.0:1).
 */
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;
