/** npm run check (and npm run build, which runs it first): encodings, CRLF, with file and line (report text: report-text-safety.test.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { edit, node, sandbox } from './sandbox.ts';

let box: ReturnType<typeof sandbox> | undefined;
afterEach(() => box?.remove());
const check = (dir: string) => node(dir, 'scripts/check-content.ts');

describe('npm run check', () => {
  it('refuses a file that is not UTF-8, naming it and the encoding it looks like', () => {
    box = sandbox();
    const file = join(box.dir, 'content/reports/2023-midterm/report.yml');
    writeFileSync(file, iconv.encode(readFileSync(file, 'utf8'), 'gbk'));
    expect(check(box.dir)).toMatchObject({
      code: 1,
      out: expect.stringContaining(
        'content/reports/2023-midterm/report.yml: 不是 UTF-8 编码(看起来是 GBK):请另存为 UTF-8 / is not UTF-8 (looks like GBK: save it as UTF-8)',
      ),
    });
  });

  it('accepts CRLF line endings everywhere, chapter files included', () => {
    box = sandbox();
    for (const path of [
      'content/plan/zh/05.mdx',
      'content/plan/en/05.mdx',
      'content/reports/2023-midterm/values.yml',
      'content/reports/2023-midterm/zh.md',
      'content/targets/targets.yml',
    ]) {
      const file = join(box.dir, path);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    }
    expect(check(box.dir)).toMatchObject({
      code: 0,
      out: expect.stringContaining('all content is valid'),
    });
  });

  it('stops npm run build before Astro starts, with the same messages', () => {
    box = sandbox(['content', 'scripts', 'src', 'seeds', 'package.json']);
    const file = join(box.dir, 'content/reports/2023-midterm/report.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('published: null', 'published: null\nexpected: 2024-13'),
    );
    let out = '';
    try {
      execFileSync('npm', ['run', 'build'], {
        cwd: box.dir,
        encoding: 'utf8',
        stdio: 'pipe',
        env: {
          ...process.env,
          PATH: `${join(box.dir, 'node_modules/.bin')}:${process.env['PATH']}`,
        },
      });
    } catch (error) {
      out = `${(error as { stdout: string }).stdout}${(error as { stderr: string }).stderr}`;
    }
    expect(out).toContain(
      'content/reports/2023-midterm/report.yml: field "expected": expected must be a real date (YYYY-MM or YYYY-MM-DD)',
    );
    expect(out).not.toContain('[build]');
  });

  it('names a register entry whose English lacks a keyword of its Chinese, and a glossary term defined twice', () => {
    box = sandbox();
    edit(
      box.dir,
      'content/projects/projects.yml',
      'Kaili No. 1 Sewage Treatment Plant expansion project',
      'Kaili No. 1 Treatment Plant expansion project',
    );
    edit(
      box.dir,
      'content/glossary/terms.yml',
      '- { id: qingshui, group: places, zh: [清水江], en: Qingshui River, basis: seen }',
      '- { id: qingshui, group: places, zh: [清水江], en: Qingshui River, basis: seen }\n- { id: qingshui-again, group: places, zh: [清水江], en: Qingshui River, basis: seen }',
    );
    const { code, out } = check(box.dir);
    expect(code).toBe(1);
    expect(out).toContain(
      'content/projects/projects.yml: "box-3-kaili-no1-sewage-plant-expansion", field "name.en": the Chinese has 污水 but the English lacks /sewage/',
    );
    expect(out).toContain('glossary: 清水江 is defined by both qingshui and qingshui-again');
  });
});
