/**
 * Staff text is data: code-shaped text in a report's zh.md/en.md (the forms that ran or rendered
 * live in the old MDX texts) is refused by `npm run check` with file and line, and by the build
 * itself, and nothing of it runs: the marker files its code would write never appear.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { node, ROOT, sandbox, WHOLE_SITE } from './sandbox.ts';
import { cleanEnv } from './serve.ts';

const FILE = 'content/reports/2023-midterm/zh.md';

/** Each hostile form, and a snippet of the message its line must get. */
function hostile(marker: string): [string, string][] {
  return [
    [`{(await import('node:fs')).writeFileSync('${marker}-jsx', 'ran')}`, '花括号'],
    [`import fs from 'node:fs'`, 'import'],
    [`export const x = require('node:fs').writeFileSync('${marker}-export', 'ran')`, 'export'],
    [`<img src="x"\n  onerror="alert(1)">`, 'HTML'],
    [`<a {...{ href: 'javascript:alert(2)' }}>spread</a>`, 'HTML'],
    [`主目录是{process.env.HOME}`, '花括号'],
    [`<a href={'javas' + 'cript:alert(3)'}>x</a>`, 'HTML'],
    [`<div set:html="<img src=x onerror=alert(4)>"></div>`, 'HTML'],
    [`<p style="position:fixed;inset:0">x</p>`, 'HTML'],
    [`![外部图片](https://evil.example/x.png)`, '图片'],
    [`<form action="https://evil.example"><input name="q"></form>`, 'HTML'],
    [`[点这里](javascript:alert(5))`, '链接地址'],
    [`[点这里](JaVaScRiPt:alert(6))`, '链接地址'],
    [`[点这里](//evil.example/x)`, '链接地址'],
    [`[点这里](data:text/html,<script>alert(7)</script>)`, '链接地址'],
    [`<script>require('node:fs').writeFileSync('${marker}-script', 'ran')</script>`, 'HTML'],
  ];
}

describe('report text is data, never code', () => {
  it('npm run check and the build refuse every code-shaped form with file and line, and run none', () => {
    const box = sandbox(WHOLE_SITE);
    const { dir } = box;
    try {
      const marker = join(dir, 'ran');
      const forms = hostile(marker);
      const head = '# 一、总体进展\n\n正文。\n\n';
      const body = forms.map(([text]) => text).join('\n\n');
      writeFileSync(join(dir, FILE), `${head}${body}\n\n# 五、存在的主要问题\n`);
      const lines = readFileSync(join(dir, FILE), 'utf8').split('\n');
      const lineOf = (text: string) => lines.indexOf(text.split('\n')[0]!) + 1;

      const check = node(dir, 'scripts/check-content.ts');
      expect(check.code).toBe(1);
      for (const [text, words] of forms) {
        const line = lineOf(text);
        expect(line, text).toBeGreaterThan(0);
        expect(check.out, `line ${line}: ${text}`).toMatch(
          new RegExp(`${FILE} 第 ${line} 行：[^\\n]*${words}[^\\n]* / ${FILE}, line ${line}: `),
        );
      }

      // The build reads the same files: it stops at the same problems (a preview build included).
      let build = '';
      try {
        execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
          cwd: dir,
          stdio: 'pipe',
          encoding: 'utf8',
          env: { ...cleanEnv(), PREVIEW_DRAFTS: '1' },
        });
      } catch (error) {
        build = `${(error as { stdout: string }).stdout}${(error as { stderr: string }).stderr}`;
      }
      expect(build).toContain(`${FILE} 第 ${lineOf(forms[0]![0])} 行`);
      expect(existsSync(join(dir, 'dist/zh/reports/2023-midterm/index.html'))).toBe(false);

      for (const suffix of ['-jsx', '-export', '-script'])
        expect(existsSync(`${marker}${suffix}`), `code in the text ran (${suffix})`).toBe(false);
    } finally {
      box.remove();
    }
  }, 240_000);

  it('refuses an unknown ref:, a link to a paragraph the plan lacks and a leftover .mdx file', () => {
    const box = sandbox();
    try {
      writeFileSync(
        join(box.dir, FILE),
        '# 一、总体进展\n\n见[](ref:c5-s2-p99)和[第五章](/zh/chapters/5/#c5-s1-p99)。\n',
      );
      writeFileSync(join(box.dir, 'content/reports/2023-midterm/en.mdx'), '<Progress>\n');
      const { code, out } = node(box.dir, 'scripts/check-content.ts');
      expect(code).toBe(1);
      expect(out).toContain(
        `${FILE} 第 3 行：引用 ref:c5-s2-p99 不是规划中的段落、指标、任务或项目编号`,
      );
      expect(out).toContain(
        `${FILE} 第 3 行：链接“/zh/chapters/5/#c5-s1-p99”指向本站不存在的页面或段落`,
      );
      expect(out).toContain('content/reports/2023-midterm/en.mdx：旧的 MDX 文件不再使用');
    } finally {
      box.remove();
    }
  });
});
