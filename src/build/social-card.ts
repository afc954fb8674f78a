// A link-preview image (og:image): a 1200×630 PNG with a question's title, topic and difficulty,
// drawn at build time. satori lays the card out as SVG with the Inter font (WOFF:
// satori reads TTF, OTF and WOFF, not WOFF2), and resvg renders that SVG to PNG.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cardSize } from './link-preview.ts';

export interface CardText {
  /** The biggest line: the question. */
  title: string;
  /** The small labels under it: topic and difficulty. */
  labels: string[];
}

const colours = { background: '#14171c', panel: '#1d2128', text: '#e6e9ee', muted: '#a9b1bd', accent: '#7fb0f0' };

type Fonts = Parameters<typeof satori>[1]['fonts'];
let fonts: Fonts | null = null;

/** Inter regular and bold, Latin and Latin Extended (a title with "é" or "ł" still has its glyphs). */
function loadFonts(): Fonts {
  const resolve = createRequire(import.meta.url).resolve;
  fonts ??= [400, 700].flatMap((weight) =>
    ['latin', 'latin-ext'].map((subset) => ({
      name: 'Inter',
      weight: weight as 400 | 700,
      style: 'normal' as const,
      data: readFileSync(resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** Long titles get a smaller type: a 250-character title still fits between the site name and the labels. */
function titleFontSize(title: string): number {
  if (title.length <= 45) return 72;
  if (title.length <= 70) return 62;
  if (title.length <= 100) return 54;
  return 46;
}

// satori takes React-like elements; plain objects of that shape need no React.
type Element = { type: string; props: { style: Record<string, string | number>; children?: (Element | string)[] | string } };
const box = (style: Element['props']['style'], children: Element['props']['children']): Element => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

function card({ title, labels }: CardText, siteName: string): Element {
  return box(
    {
      width: cardSize.width,
      height: cardSize.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: colours.background,
      borderTop: `16px solid ${colours.accent}`,
      fontFamily: 'Inter',
      color: colours.text,
    },
    [
      box({ fontSize: 30, color: colours.muted }, siteName),
      box({ fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.15, maxHeight: 440, overflow: 'hidden' }, title),
      box(
        { gap: 20 },
        labels.map((label) =>
          box(
            { fontSize: 30, fontWeight: 700, color: colours.accent, background: colours.panel, borderRadius: 999, padding: '10px 28px' },
            label,
          ),
        ),
      ),
    ],
  );
}

/**
 * The card as PNG bytes. satori runs on this thread and resvg on libuv's thread pool, so cards
 * drawn concurrently keep two cores busy.
 */
export async function renderCard(text: CardText, siteName: string): Promise<Uint8Array> {
  const svg = await satori(card(text, siteName) as Parameters<typeof satori>[0], { ...cardSize, fonts: loadFonts() });
  // satori draws the text as paths: resvg needs no fonts (loading the system's takes longer).
  return (await renderAsync(svg, { font: { loadSystemFonts: false } })).asPng();
}
