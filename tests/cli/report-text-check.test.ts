/** npm run check on report texts: an unknown <Ref> and a missing narrative part are named with file and line. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { node, sandbox } from './sandbox.ts';

describe('npm run check and report texts', () => {
  it('fails naming the file and line of an unknown <Ref> and of a missing part', () => {
    const box = sandbox();
    try {
      const zh = join(box.dir, 'content/reports/2023-midterm/zh.mdx');
      writeFileSync(
        zh,
        readFileSync(zh, 'utf8')
          .replace(/\{\/\* 待填写:总体进展[^\n]*/, '见<Ref to="c5-s2-p99" />。')
          .replace(/<Recommendations>[\s\S]*<\/Recommendations>\n/, ''),
      );
      const { code, out } = node(box.dir, 'scripts/check-content.ts');
      expect(code).toBe(1);
      expect(out).toContain(
        'content/reports/2023-midterm/zh.mdx:7: 链接指向不存在的段落 #c5-s2-p99 / links to a paragraph that does not exist: #c5-s2-p99',
      );
      expect(out).toContain(
        'content/reports/2023-midterm/zh.mdx: part <Recommendations> is missing',
      );
    } finally {
      box.remove();
    }
  });
});
