import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkUiStrings } from '../../src/lib/translation/ui-strings.ts';

describe('UI strings', () => {
  it('name a key missing from one language, and an empty one', () => {
    expect(
      checkUiStrings({
        'zh-CN.yml': { 'nav.home': '首页', 'nav.next': '下一章' },
        'en.yml': { 'nav.home': '' },
      }),
    ).toEqual([
      'en.yml: key "nav.home" must be a non-empty string',
      'en.yml: missing key "nav.next"',
    ]);
  });
  it('are complete in the published files', () => {
    const read = (f: string) =>
      parse(readFileSync(new URL(`../../content/i18n/${f}`, import.meta.url), 'utf8')) as Record<
        string,
        unknown
      >;
    expect(checkUiStrings({ 'zh-CN.yml': read('zh-CN.yml'), 'en.yml': read('en.yml') })).toEqual(
      [],
    );
  });
});
