/**
 * Typed keys: `astro check` (npm test) type-checks this file, so each @ts-expect-error below fails
 * the check if the call it marks ever type-checks; vitest checks the same calls throw at run time.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { translator } from '../../src/lib/translation/translate.ts';
import type { Translate } from '../../src/i18n/strings.ts';

const strings = parse(
  readFileSync(new URL('../../content/i18n/en.yml', import.meta.url), 'utf8'),
) as Record<string, string>;
const t = translator(strings, 'en') as Translate;

describe('t with the real keys', () => {
  it('accepts a key and its placeholders', () => {
    expect(t('nav.home')).toBe('Home');
    expect(t('home.statusFrom', { report: 'Mid-term evaluation 2023' })).toBe(
      'Status from the latest published evaluation: Mid-term evaluation 2023.',
    );
  });
  it('refuses a key that does not exist (type error and run-time error)', () => {
    // @ts-expect-error: no such key
    expect(() => t('nav.hom')).toThrow('"nav.hom" is not defined');
  });
  it('refuses a key with placeholders called without values (type error and run-time error)', () => {
    // @ts-expect-error: {report} needs a value
    expect(() => t('home.statusFrom')).toThrow('needs a value for {report}');
  });
  it('refuses a value for a placeholder the key does not have (type error)', () => {
    // @ts-expect-error: home.statusFrom has {report}, not {name}
    expect(() => t('home.statusFrom', { name: 'x' })).toThrow('needs a value for {report}');
  });
});
