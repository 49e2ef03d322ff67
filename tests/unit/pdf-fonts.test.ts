/**
 * The CJK font of the printed documents (scripts/lib/pdf-fonts.ts): on a machine with Noto Sans
 * CJK SC (the test tools install it), each document gets regular and bold cut down to its own
 * characters, as web fonts of the family the site's styles name.
 */
import { describe, expect, it } from 'vitest';
import { Blob, Face } from 'harfbuzzjs';
import { openCjkFonts } from '../../scripts/lib/pdf-fonts.ts';

const unicodesOf = (font: Uint8Array) =>
  new Set([...new Face(new Blob(font)).collectUnicodes()].map((cp) => String.fromCodePoint(cp)));

describe('the CJK font of a printed document', () => {
  const fonts = openCjkFonts('/__fonts__/');

  it('is found on this machine, and named by its files in what a print depends on', () => {
    expect(fonts.missing).toBeUndefined();
    expect(fonts.identity).toMatch(/^harfbuzz \d+\.\d+\.\d+; .*NotoSansCJK-Regular\.ttc#\d+ \d+/);
    expect(fonts.identity).toMatch(/NotoSansCJK-Bold\.ttc#\d+ \d+/);
  });

  it('is cut down to the characters of the document, in both weights', async () => {
    const text = '<p>森林覆盖率达到 62% — 黑臭水体</p>';
    const { css, files } = await fonts.fontsFor(text, 'plan-zh');
    expect([...files.keys()]).toEqual(['/__fonts__/plan-zh-400.otf', '/__fonts__/plan-zh-700.otf']);
    expect(css).toContain(
      "@font-face { font-family: 'Noto Sans CJK SC'; font-weight: 400; src: url('/__fonts__/plan-zh-400.otf') format('opentype'); }",
    );
    expect(css).toContain("font-weight: 700; src: url('/__fonts__/plan-zh-700.otf')");
    for (const font of files.values()) {
      const has = unicodesOf(font);
      for (const ch of '森林覆盖率达到黑臭水体62%—') expect(has.has(ch), ch).toBe(true);
      // Nothing of the text it was not asked for (the numerals of counters aside).
      expect(has.has('碳')).toBe(false);
      expect(has.size).toBeLessThan(80);
      expect(font.length).toBeLessThan(200_000); // the system's file is about 20 MB
    }
  });

  it('differs between documents only by their characters', async () => {
    const a = await fonts.fontsFor('碳达峰', 'a');
    const b = await fonts.fontsFor('碳达峰', 'b');
    expect([...a.files.values()]).toEqual([...b.files.values()]);
    expect(unicodesOf([...a.files.values()][0]!).has('碳')).toBe(true);
  });
});
