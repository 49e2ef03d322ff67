/**
 * Renders preview cards' SVGs to PNG with sharp (libvips and librsvg, which Astro installs for its
 * images) and the Noto Sans CJK fonts of this machine (never fetched). The whole drawing, text and
 * PNG encoding, runs in sharp's threads, so the build's main thread only hands the SVG over, and
 * no card's pixels wait in memory for it. Fontconfig sees only the Noto CJK folder (a config file
 * written into the cache), so another machine's fonts never stand in for a missing one. PNGs are
 * cached by their inputs in node_modules/.cache/og-images, so a rebuild draws only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';
import sharp from 'sharp';

/** The font files drawn with (Debian's fonts-noto-cjk): the regular face and the bold one. */
const OG_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
];

/** The family drawn with: a face of the font files. */
export const OG_FONT_FAMILY = 'Noto Sans CJK SC';

const CACHE = join(process.cwd(), 'node_modules', '.cache', 'og-images');

const sha = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 32);
};

/** What identifies the fonts in the PNG cache: the files and their sizes. */
let fontKey: string | undefined;

/**
 * Points fontconfig (read by librsvg when it first draws text) at the Noto CJK folder alone; fails
 * with what to install when a font file is missing.
 */
function useCardFonts(): string {
  if (fontKey) return fontKey;
  const missing = OG_FONT_FILES.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `og images: CJK font file not found (${missing.join(', ')}); install fonts-noto-cjk`,
    );
  }
  const folders = [...new Set(OG_FONT_FILES.map((f) => dirname(f)))];
  const config = join(CACHE, 'fonts.conf');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(
    config,
    [
      '<?xml version="1.0"?>',
      '<fontconfig>',
      ...folders.map((d) => `  <dir>${d}</dir>`),
      `  <cachedir>${join(CACHE, 'fontconfig')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  process.env['FONTCONFIG_FILE'] = config;
  sharp.cache(false);
  fontKey = sha(...OG_FONT_FILES.map((f) => `${f}:${statSync(f).size}`));
  return fontKey;
}

/** Cards drawn at once: one per core (more only hold more pixels in memory, none sooner). */
const drawing = pLimit(availableParallelism());

/**
 * PNG bytes of an SVG card, drawn in sharp's threads, so that the cards of a build are drawn on
 * the cores there are while the main thread generates the pages.
 */
export function drawPng(svg: string): Promise<Buffer> {
  useCardFonts();
  return drawing(() => sharp(Buffer.from(svg)).png().toBuffer());
}

/** PNG bytes of an SVG card, from the cache when the same card was drawn with the same fonts. */
export async function renderPngAsync(svg: string): Promise<Buffer> {
  const cached = join(CACHE, `${sha(svg, useCardFonts())}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await drawPng(svg);
  writeFileSync(cached, png);
  return png;
}
