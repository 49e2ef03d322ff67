/**
 * Renders preview cards' SVGs to PNG with resvg and a CJK font file of this machine (never
 * fetched). The font is read once per build: its Simplified Chinese face is taken out of the
 * collection and cut down to the characters the cards use (a few hundred glyphs instead of a 20 MB
 * collection parsed for every card), then the cards are drawn in resvg's thread pool. PNGs are
 * cached by their inputs in node_modules/.cache/og-images, so a rebuild draws only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { faceOf } from '../lib/publishing/font-face.ts';

/** Font files tried in order (Debian's fonts-noto-cjk); OG_FONT_FILE overrides. */
const FONT_CANDIDATES = [
  process.env['OG_FONT_FILE'],
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
].filter((f): f is string => typeof f === 'string' && f !== '');

/** The family drawn with: a face of the font file. */
export const OG_FONT_FAMILY = 'Noto Sans CJK SC';

const CACHE = join(process.cwd(), 'node_modules', '.cache', 'og-images');

const sha = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 32);
};

/** The first font file found. */
function fontFile(): string {
  const found = FONT_CANDIDATES.find((f) => existsSync(f));
  if (!found) {
    throw new Error(
      `og images: no CJK font file found (tried ${FONT_CANDIDATES.join(', ')}); install fonts-noto-cjk or set OG_FONT_FILE`,
    );
  }
  return found;
}

/** A drawing font: its file, and what identifies it in the PNG cache. */
export interface CardFont {
  file: string;
  key: string;
}

/**
 * The font for cards whose text is `text`: the family's face cut down to those characters, written
 * once into the cache folder (resvg reads fonts from files).
 */
export async function cardFont(text: string): Promise<CardFont> {
  const source = fontFile();
  const characters = [...new Set(text)].sort().join('');
  const face = faceOf(readFileSync(source), OG_FONT_FAMILY);
  const subset = await subsetFont(face, characters, { targetFormat: 'sfnt' });
  const key = sha(subset);
  const file = join(CACHE, `font-${key}.otf`);
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, subset);
  return { file, key };
}

/**
 * PNG bytes of an SVG card, drawn off the main thread (resvg's own thread pool), so that all the
 * cards of a build are drawn at once on the cores there are.
 */
export async function renderPngAsync(svg: string, font: CardFont): Promise<Buffer> {
  const cached = join(CACHE, `${sha(svg, font.key)}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = (
    await renderAsync(svg, {
      font: { fontFiles: [font.file], loadSystemFonts: false, defaultFontFamily: OG_FONT_FAMILY },
    })
  ).asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
