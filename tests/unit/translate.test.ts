import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interpolate, placeholdersOf, translator } from '../../src/lib/translation/translate.ts';
import { uiKeysSource } from '../../src/lib/translation/ui-keys-source.ts';
import { checkUiStrings } from '../../src/lib/translation/ui-strings.ts';
import { expectedUiKeys, uiKeysProblems } from '../../scripts/ui-keys.ts';

describe('t(key, vars)', () => {
  const t = translator(
    { 'home.statusFrom': 'Status from {report}.', 'nav.home': 'Home', 'rule.x': '({expected})' },
    'en',
  );
  it('fills {name} placeholders, numbers too, and leaves values unscanned', () => {
    expect(t('home.statusFrom', { report: 'Mid-term {evaluation} 2023' })).toBe(
      'Status from Mid-term {evaluation} 2023.',
    );
    expect(t('rule.x', { expected: 12.5 })).toBe('(12.5)');
    expect(t('rule.x', { expected: '' })).toBe('()');
    expect(t('nav.home')).toBe('Home');
  });
  it('throws for an unknown key, naming the file, and for a placeholder without a value', () => {
    expect(() => t('nav.hom')).toThrow('content/i18n/en.yml: UI string "nav.hom" is not defined');
    expect(() => t('home.statusFrom')).toThrow(
      'UI string "home.statusFrom" needs a value for {report}',
    );
    expect(() => t('constructor')).toThrow('is not defined');
  });
  it('gives the template unfilled through t.raw (for scripts that fill it)', () => {
    expect(t.raw('home.statusFrom')).toBe('Status from {report}.');
    expect(() => t.raw('nope')).toThrow('"nope" is not defined');
  });
  it('finds placeholder names once each, in order', () => {
    expect(placeholdersOf('{a} and {b}, then {a}')).toEqual(['a', 'b']);
    expect(interpolate('k', 'no braces')).toBe('no braces');
  });
});

describe('typed keys (src/i18n/ui-keys.ts)', () => {
  it('list every key with its placeholders, sorted', () => {
    expect(uiKeysSource({ 'b.two': '{n} of {total}', 'a.one': 'One' }, 'x.yml')).toContain(
      "export interface UiStrings {\n  'a.one': never;\n  'b.two': 'n' | 'total';\n}\n",
    );
  });
  it('are up to date with content/i18n/zh-CN.yml in the repository', () => {
    expect(readFileSync(new URL('../../src/i18n/ui-keys.ts', import.meta.url), 'utf8')).toBe(
      expectedUiKeys(),
    );
    expect(uiKeysProblems()).toEqual([]);
  });
  it('are reported out of date when a key is added to the strings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ui-keys-'));
    try {
      mkdirSync(join(dir, 'content/i18n'), { recursive: true });
      mkdirSync(join(dir, 'src/i18n'), { recursive: true });
      writeFileSync(join(dir, 'content/i18n/zh-CN.yml'), 'nav.home: 首页\n');
      writeFileSync(join(dir, 'src/i18n/ui-keys.ts'), expectedUiKeys(dir));
      expect(uiKeysProblems(dir)).toEqual([]);
      writeFileSync(join(dir, 'content/i18n/zh-CN.yml'), 'nav.home: 首页\nnav.next: 下一章\n');
      expect(uiKeysProblems(dir)).toEqual([
        'src/i18n/ui-keys.ts: out of date with content/i18n/zh-CN.yml (keys added, removed or placeholders changed): run npm run ui-keys',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('UI string placeholders', () => {
  it('must be the same in every language', () => {
    expect(
      checkUiStrings({
        'zh-CN.yml': { 'search.count': '{n} 条结果' },
        'en.yml': { 'search.count': '{count} results' },
      }),
    ).toEqual(['en.yml: key "search.count" has placeholders {count} but zh-CN.yml has {n}']);
  });
});

describe('t.dynamic', () => {
  it('looks up a key made from data, and still throws when it is missing', () => {
    const t = translator({ 'unit.km': 'km' }, 'en');
    expect(t.dynamic('unit.km')).toBe('km');
    expect(() => t.dynamic('unit.mi')).toThrow(
      'content/i18n/en.yml: UI string "unit.mi" is not defined',
    );
  });
});
