/**
 * Preview cards drawn for real (sharp and the machine's Noto Sans CJK): the size sharing sites
 * expect, and the title's own glyphs, so a missing font (empty boxes, or nothing) cannot pass.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawPng, OG_FONT_FAMILY } from '../../src/integrations/og-render.ts';
import { OG_HEIGHT, OG_WIDTH, ogSvg } from '../../src/lib/publishing/og-image.ts';

const card = (title: string) =>
  ogSvg({
    kicker: '第五章',
    title,
    site: '黔东南州',
    footer: '2022-09-20',
    fontFamily: OG_FONT_FAMILY,
  });

/** Dark pixels of the title's first line (x 80–1120, y 140–215), as a string of 0/1. */
async function titleInk(png: Buffer): Promise<string> {
  const { data, info } = await sharp(png)
    .extract({ left: 80, top: 140, width: 1040, height: 75 })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect(info.channels).toBe(1);
  return Array.from(data, (v) => (v < 128 ? '1' : '0')).join('');
}

describe('preview card drawing', () => {
  it('draws a 1200×630 PNG whose title shows each character as its own glyph', async () => {
    const [water, fire] = await Promise.all([drawPng(card('水水水水')), drawPng(card('火火火火'))]);
    const meta = await sharp(water).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
    const [a, b] = await Promise.all([titleInk(water), titleInk(fire)]);
    const ink = (s: string) => s.split('').filter((c) => c === '1').length;
    // Four 60 px characters of a bold face cover thousands of pixels; tofu boxes or a fallback
    // without Han glyphs would draw the same box (or nothing) for both titles.
    expect(ink(a)).toBeGreaterThan(2000);
    expect(ink(b)).toBeGreaterThan(2000);
    expect(a).not.toBe(b);
  });
});
