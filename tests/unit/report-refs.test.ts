/** <Ref to="…"> in report texts: every id resolves against the plan's data, an unknown one is named. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRefs } from '../../src/schemas/load-refs.ts';
import { checkRefs, findRefs, paragraphLabel, refKind } from '../../src/lib/report-refs.ts';
import { checkReportText } from '../../src/lib/report-text-check.ts';
import { reportFolders } from '../../src/data/reports-loader.ts';

const refs = loadRefs();
const fixture = readFileSync(new URL('../fixtures/report/narrative/zh.mdx', import.meta.url), 'utf8');

describe('<Ref>', () => {
  it('finds every citation with its line, in either quoting', () => {
    expect(findRefs(fixture).map((r) => r.id)).toEqual(['c13-s6-p1', 'forest-coverage', 'county-natural-gas-access', 'box-3-sanbanxi-reservoir']);
    expect(findRefs(fixture)[0]!.line).toBe(7);
  });
  it('resolves a paragraph, an indicator, a target and a project of the real plan data', () => {
    expect(findRefs(fixture).map((r) => refKind(r.id, refs))).toEqual(['element', 'indicator', 'target', 'project']);
    expect(checkReportText('fixture.mdx', fixture, refs)).toEqual([]);
  });
  it('names the file and line of an unknown id, and of a Ref without to', () => {
    expect(checkRefs('r/en.mdx', 'a\nsee <Ref to="c99-p1" /> and <Ref />', refs)).toEqual([
      'r/en.mdx: line 2: <Ref to="c99-p1"> names no paragraph, indicator, target or project of the plan',
      'r/en.mdx: line 2: <Ref> needs to="…" (a paragraph, indicator, target or project id)',
    ]);
  });
  it('every Ref in the committed report texts and pages resolves', () => {
    const files = [...reportFolders().flatMap((n) => ['zh', 'en'].map((l) => `content/reports/${n}/${l}.mdx`))];
    for (const file of files) expect(checkReportText(file, readFileSync(file, 'utf8'), refs), file).toEqual([]);
    for (const file of ['content/pages/zh/method.mdx', 'content/pages/en/method.mdx']) {
      const found = findRefs(readFileSync(file, 'utf8'));
      expect(found.length, file).toBeGreaterThan(0);
      expect(checkRefs(file, readFileSync(file, 'utf8'), refs)).toEqual([]);
    }
  });
  it('labels paragraphs by their place in the plan', () => {
    expect(paragraphLabel('c5-s2-p3', 'zh')).toBe('第5章第2节第3段');
    expect(paragraphLabel('c5-p1', 'en')).toBe('chapter 5, paragraph 1');
    expect(paragraphLabel('box-3-p2', 'en')).toBe('box 3, paragraph 2');
    expect(paragraphLabel('c5-s2', 'zh')).toBeUndefined();
  });
});

describe('npm run check and report texts', () => {
  it('fails naming the file and line of an unknown <Ref> and of a missing part', async () => {
    const { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../..');
    const dir = mkdtempSync(join(tmpdir(), 'qdn-refs-'));
    try {
      for (const part of ['content', 'scripts', 'src', 'seeds']) cpSync(join(root, part), join(dir, part), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      const zh = join(dir, 'content/reports/2023-midterm/zh.mdx');
      writeFileSync(zh, readFileSync(zh, 'utf8').replace(/\{\/\* 待填写:总体进展[^\n]*/, '见<Ref to="c5-s2-p99" />。').replace(/<Recommendations>[\s\S]*<\/Recommendations>\n/, ''));
      let stderr = '';
      try { execFileSync(process.execPath, ['scripts/check-content.ts'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }); } catch (error) { stderr = (error as { stderr: string }).stderr; }
      expect(stderr).toContain('content/reports/2023-midterm/zh.mdx: line 7: <Ref to="c5-s2-p99"> names no paragraph, indicator, target or project of the plan');
      expect(stderr).toContain('content/reports/2023-midterm/zh.mdx: part <Recommendations> is missing');
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }, 120_000);
});
