/** npm run report:new: writes a report with every item pending (values.yml with its comments), and refuses bad input. */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { node, sandbox } from './sandbox.ts';
import { INDICATORS } from '../counts.ts';

let box: ReturnType<typeof sandbox> | undefined;
afterEach(() => box?.remove());

describe('npm run report:new', () => {
  it('scaffolds a report that npm run check accepts, and refuses an existing report, a year outside the plan and an unknown kind', () => {
    box = sandbox();
    const dir = box.dir;
    const made = node(dir, 'scripts/new-report.ts', '--year', '2024', '--kind', 'midterm');
    expect(made).toMatchObject({
      code: 0,
      out: expect.stringContaining(`with ${INDICATORS} indicators`),
    });
    const values = readFileSync(join(dir, 'content/reports/2024-midterm/values.yml'), 'utf8');
    expect(values).toContain(
      '# 16. 森林覆盖率(%) · 单位 % · 目标 70%左右\n  - id: forest-coverage\n    value: pending\n',
    );
    expect(parse(values).projects.every((p: { status: string }) => p.status === 'pending')).toBe(
      true,
    );
    // The text files: plain Markdown with the part headings as the page names them (seven at mid-term).
    expect(readFileSync(join(dir, 'content/reports/2024-midterm/zh.md'), 'utf8')).toMatch(
      /^# 一、总体进展\n[\s\S]*\n# 六、下一步工作建议\n\n# 七、规划调整建议\n$/,
    );
    expect(readFileSync(join(dir, 'content/reports/2024-midterm/en.md'), 'utf8')).toMatch(
      /^# 1\. Overall progress\n[\s\S]*\n# 6\. Next steps\n\n# 7\. Proposed adjustments to the plan\n$/,
    );
    expect(existsSync(join(dir, 'content/reports/2024-midterm/zh.mdx'))).toBe(false);
    expect(node(dir, 'scripts/check-content.ts')).toMatchObject({
      code: 0,
      out: expect.stringContaining('all content is valid (3 report(s))'),
    });

    expect(node(dir, 'scripts/new-report.ts', '--year', '2023', '--kind', 'midterm').out).toContain(
      'already exists',
    );
    expect(node(dir, 'scripts/new-report.ts', '--year', '2030', '--kind', 'final').out).toContain(
      '--year 2030 is outside the plan (2021–2025)',
    );
    expect(node(dir, 'scripts/new-report.ts', '--year', '2024', '--kind', 'annual').out).toContain(
      '--kind must be midterm or final',
    );
  });
});
