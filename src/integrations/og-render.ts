/**
 * Renders a preview card's SVG to PNG with resvg and a CJK font file of this machine (never
 * fetched), in resvg's thread pool so cards are drawn in parallel. Results are cached by content
 * in node_modules/.cache/og-images, so a rebuild with unchanged titles renders nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';

/** Font files tried in order (Debian's fonts-noto-cjk); OG_FONT_FILE overrides. */
const FONT_CANDIDATES = [
  process.env['OG_FONT_FILE'],
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
].filter((f): f is string => typeof f === 'string' && f !== '');

/** The family drawn with: a face of the font file. */
export const OG_FONT_FAMILY = 'Noto Sans CJK SC';

const CACHE = join(process.cwd(), 'node_modules', '.cache', 'og-images');

/** The first font file found: one file only, as parsing a CJK collection is most of the render time. */
function fontFiles(): string[] {
  const found = FONT_CANDIDATES.filter((f) => existsSync(f)).slice(0, 1);
  if (found.length === 0) {
    throw new Error(
      `og images: no CJK font file found (tried ${FONT_CANDIDATES.join(', ')}); install fonts-noto-cjk or set OG_FONT_FILE`,
    );
  }
  return found;
}

/** Where a card's PNG is cached: keyed by the SVG and the font file, so only what changed is redrawn. */
function cachePath(svg: string, fonts: string[]): string {
  const key = createHash('sha256').update(svg).update(fonts.join('|')).digest('hex').slice(0, 32);
  return join(CACHE, `${key}.png`);
}

const options = (fonts: string[]) => ({
  font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: OG_FONT_FAMILY },
});

/**
 * PNG bytes of an SVG card, drawn off the main thread (resvg's own thread pool), so that all the
 * cards of a build are drawn at once on the cores there are.
 */
export async function renderPngAsync(svg: string): Promise<Buffer> {
  const fonts = fontFiles();
  const cached = cachePath(svg, fonts);
  if (existsSync(cached)) return readFileSync(cached);
  const png = (await renderAsync(svg, options(fonts))).asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
