// What a link to the site shows when pasted into a chat (Open Graph and Twitter card tags): the
// names and addresses shared by the pages and by the build step that draws the preview images
// (src/integrations/social-cards.ts).

export const siteName = 'SQL & Django ORM Interview Handbook';

/** Link-preview images are this size: the 1.91:1 that Open Graph consumers crop to. */
export const cardSize = { width: 1200, height: 630 };

/** The card of the home page and of every page that is not a question. Site-relative. */
export const siteCardPath = 'og/site.png';

/** A question's card, site-relative. */
export function questionCardPath(slug: string): string {
  return `og/questions/${slug}.png`;
}
