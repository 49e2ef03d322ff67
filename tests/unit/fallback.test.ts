/** Text in a language that may not have it: its own, else its fallback's, saying which (src/i18n/fallback.ts). */
import { describe, expect, it } from 'vitest';
import { inLocale, withFallbacks } from '../../src/i18n/fallback.ts';
import {
  completeLocales,
  conventionsOf,
  localeKeys,
  parallelSides,
  type Locale,
} from '../../src/i18n/locales.ts';
import { checkUiStrings } from '../../src/lib/translation/ui-strings.ts';

describe('inLocale', () => {
  it("gives the language's own text and says it is its own", () => {
    expect(inLocale({ zh: '甲', en: 'A' }, 'en')).toEqual({ value: 'A', lang: 'en' });
  });
  it('gives the Chinese original where a text is missing or empty, and says so', () => {
    expect(inLocale({ zh: '甲' }, 'en')).toEqual({ value: '甲', lang: 'zh' });
    expect(inLocale({ zh: '甲', en: '' }, 'en')).toEqual({ value: '甲', lang: 'zh' });
  });
  it('fills every language of the site', () => {
    expect(Object.keys(withFallbacks({ zh: '甲', en: 'A' })).sort()).toEqual(
      [...localeKeys].sort(),
    );
  });
});

describe('the locale registry', () => {
  it('lists the complete languages (every text required) and their own conventions', () => {
    expect(completeLocales).toEqual(expect.arrayContaining(['zh', 'en']));
    for (const l of completeLocales) expect(conventionsOf(l)).toBe(l);
    // Every language writes figures, dates and citations one of the two ways the formatters know.
    for (const l of localeKeys) expect(['zh', 'en']).toContain(conventionsOf(l));
  });
  it("sets the original beside the page's language in a parallel view, else beside the English", () => {
    expect(parallelSides('zh')).toEqual(['zh', 'en']);
    expect(parallelSides('en')).toEqual(['zh', 'en']);
    // With a third complete language (fr) and one being translated (zh-hant):
    const complete = ['zh', 'en', 'fr'] as Locale[];
    expect(parallelSides('fr' as Locale, complete)).toEqual(['zh', 'fr']);
    expect(parallelSides('zh-hant' as Locale, complete)).toEqual(['zh', 'en']);
    expect(parallelSides('zh', complete)).toEqual(['zh', 'en']);
  });
});

describe('interface strings of a language being translated', () => {
  const zh = { 'a.b': '甲{n}', 'c.d': '乙' };
  const en = { 'a.b': 'A{n}', 'c.d': 'B' };
  it('may leave keys out, but not give unknown keys or other placeholders', () => {
    expect(checkUiStrings({ zh, en, part: { 'c.d': '丙' } }, new Set(['part']))).toEqual([]);
    expect(checkUiStrings({ zh, en, part: { 'x.y': '丙' } }, new Set(['part']))).toEqual([
      'part: unknown key "x.y"',
    ]);
    expect(checkUiStrings({ zh, en, part: { 'a.b': '丙' } }, new Set(['part']))).toEqual([
      'part: key "a.b" has placeholders {} but zh has {n}',
    ]);
  });
  it('still requires every key of a complete language', () => {
    expect(checkUiStrings({ zh, en: { 'a.b': 'A{n}' } })).toEqual(['en: missing key "c.d"']);
  });
});
