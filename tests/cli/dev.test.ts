/**
 * npm run dev shows edits without a restart: report values and text, the interface strings, the plan's text; and a data
 * error is printed while the server keeps serving the last valid data. Sandbox copy, synthetic values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandbox, WHOLE_SITE, edit as editIn } from './sandbox.ts';
import { freePort, serve, type Served } from './serve.ts';
import { en, zh } from '../site-urls.ts';

let box: ReturnType<typeof sandbox>;
let dev: Served;
const REPORT = zh.report('2023-midterm');

/** The page's HTML once `predicate` holds (the watcher reloads asynchronously), or the last HTML after `ms`. */
async function pageWhen(
  predicate: (html: string) => boolean,
  ms = 60_000,
  path = REPORT,
): Promise<string> {
  const deadline = Date.now() + ms;
  let html = '';
  while (Date.now() < deadline) {
    const response = await fetch(`${dev.origin}${path}`);
    html = await response.text();
    if (response.ok && predicate(html)) return html;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return html;
}
const edit = (path: string, from: string, to: string) => editIn(box.dir, path, from, to);
const FOREST = '  - id: forest-coverage\n    value: pending\n';

beforeAll(async () => {
  box = sandbox(WHOLE_SITE);
  const port = await freePort();
  dev = await serve(box.dir, 'dev', port, ['--port', String(port)]);
}, 200_000);
afterAll(() => {
  dev?.stop();
  box?.remove();
});

describe('npm run dev', () => {
  it('shows a draft in full, with its banner', async () => {
    const html = await pageWhen((h) => h.includes('id="indicator-forest-coverage"'));
    expect(html).toContain('本报告为草稿');
  });
  it('shows a changed value without a restart', async () => {
    edit(
      'content/reports/2023-midterm/values.yml',
      FOREST,
      '  - id: forest-coverage\n    value: 66.61\n    asOf: "2023"\n    source: { title: "开发预览测试来源" }\n',
    );
    expect(await pageWhen((h) => h.includes('66.61'))).toContain('开发预览测试来源');
  });
  it('sends the public script policy: nothing inline or from elsewhere runs in development', async () => {
    const csp = (await fetch(`${dev.origin}${REPORT}`)).headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
  });
  it('shows the bureau text as written in zh.md without a restart', async () => {
    edit(
      'content/reports/2023-midterm/zh.md',
      '# 一、总体进展\n',
      '# 一、总体进展\n\n开发预览测试正文，**加粗**。\n',
    );
    expect(await pageWhen((h) => h.includes('开发预览测试正文'))).toContain(
      '开发预览测试正文，<strong>加粗</strong>。',
    );
  });
  it('shows a changed interface string without a restart', async () => {
    edit('content/i18n/zh-CN.yml', 'reports.methodLink: ', 'reports.methodLink: 开发预览测试');
    expect(await pageWhen((h) => h.includes('开发预览测试'))).toContain('开发预览测试');
  });
  it('shows a changed paragraph of the plan on its chapter and on an indicator page without a restart (the plan index is rebuilt)', async () => {
    const page = en.indicator('central-city-air-quality');
    expect(await pageWhen((h) => h.includes('c8-p1'), 60_000, page)).toContain(
      'Deepen the critical battle',
    );
    edit(
      'content/plan/en/08.mdx',
      '<P id="c8-p1">Deepen the critical battle',
      '<P id="c8-p1">Dev preview plan edit: deepen the critical battle',
    );
    expect(await pageWhen((h) => h.includes('Dev preview plan edit'), 60_000, page)).toContain(
      'Dev preview plan edit: deepen the critical battle',
    );
    // The chapter itself, read as blocks by the chapters loader, shows it too.
    expect(
      await pageWhen((h) => h.includes('Dev preview plan edit'), 60_000, en.chapter(8)),
    ).toContain('<p id="c8-p1">Dev preview plan edit: deepen the critical battle');
  });
  it('prints a data error and keeps serving the last valid data', async () => {
    edit('content/reports/2023-midterm/values.yml', 'value: 66.61', 'value: 150');
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !dev.output().includes('150 is outside 0–100'))
      await new Promise((r) => setTimeout(r, 1000));
    expect(dev.output()).toContain(
      'content/reports/2023-midterm/values.yml: indicator "forest-coverage", field "value": 150 超出 0–100(单位 %) / 150 is outside 0–100 (unit %)',
    );
    const response = await fetch(`${dev.origin}${REPORT}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('66.61');
  });
});
