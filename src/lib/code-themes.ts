/** Shiki's light and dark themes, shared by Markdown code blocks and components. */
export const codeThemes = { light: 'github-light', dark: 'github-dark' } as const;
