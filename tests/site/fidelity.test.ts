/** The built Chinese chapter pages carry every line of the seed's body, in order. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitSeed } from '../../src/lib/plan/seed-lines.ts';
import { linesByChapter, missingLines } from '../../src/lib/plan/fidelity.ts';
import { articleText, loadPage } from './built-site.ts';
import { zh } from '../site-urls.ts';

const seed = readFileSync(new URL('../../seeds/000_1c6fdecca843969e.txt', import.meta.url), 'utf8');
const chapters = linesByChapter(splitSeed(seed).body);

describe('fidelity of the Chinese pages to the seed', () => {
  it('covers 13 chapters and every body line', () => {
    expect(chapters).toHaveLength(13);
    expect(chapters.flat().length).toBe(splitSeed(seed).body.length);
  });
  it.each(chapters.map((lines, i) => [i + 1, lines] as const))(
    'chapter %i: every seed line is on the page, in order',
    (n, lines) => {
      const text = articleText(loadPage(zh.chapter(n)));
      expect(missingLines(lines, text)).toEqual([]);
    },
  );
});
