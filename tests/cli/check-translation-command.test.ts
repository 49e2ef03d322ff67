/** npm run check:translation: passes on the English edition and names every drifted rendering. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, node, sandbox } from './sandbox.ts';

describe('npm run check:translation', () => {
  it('passes on the English edition', () => {
    const box = sandbox(['content', 'scripts', 'src']);
    try {
      expect(node(box.dir, 'scripts/check-translation.ts')).toMatchObject({
        code: 0,
        out: expect.stringContaining('13 chapter(s) OK; no rejected variant'),
      });
    } finally {
      box.remove();
    }
  });

  it('fails on a rejected variant in a chapter, a register and an interface string, naming file, id and variant', () => {
    const box = sandbox(['content', 'scripts', 'src']);
    try {
      edit(
        box.dir,
        'content/plan/en/08.mdx',
        'diesel trucks meeting China III emission standards',
        'diesel trucks meeting national Stage III emission standards',
      );
      edit(
        box.dir,
        'content/projects/projects.yml',
        'en: "acid mine water treatment project for coal mines in the Baisha River basin, Majiang County"',
        'en: "treatment of acidic wastewater in the Baisha River basin, Majiang County"',
      );
      const strings = join(box.dir, 'content/i18n/en.yml');
      writeFileSync(
        strings,
        `${readFileSync(strings, 'utf8')}\ndriftedKey: Ecological civilization construction\n`,
      );
      const result = node(box.dir, 'scripts/check-translation.ts');
      expect(result.code).toBe(1);
      expect(result.out).toContain(
        'content/plan/en/08.mdx: c8-s2-p3 has “national Stage III”, a rejected variant of 国家第三阶段',
      );
      expect(result.out).toContain(
        'content/projects/projects.yml: "box-4-majiang-baisha-river-acid-mine-water", field "name.en" has “acidic wastewater”',
      );
      expect(result.out).toMatch(
        /content\/i18n\/en\.yml: line \d+ has “Ecological civilization construction”/,
      );
    } finally {
      box.remove();
    }
  });
});
