/**
 * Staff-written content on a built site (one preview build of a copy of the project, shared by
 * the tests). The bureau's text on a built report page: each part of the Markdown shows in its own part of
 * the outline and nowhere else, an empty part reads 待填写 / To be written where the part awaits
 * text, `ref:` links point at the cited item with its label, site paths get the base path. Built
 * from a copy of the project with fixture texts (synthetic, never published). The About page names
 * the operator and contact that content/site/operator.yml gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { sandbox, WHOLE_SITE } from '../cli/sandbox.ts';
import { cleanEnv } from '../cli/serve.ts';
import { node } from '../cli/sandbox.ts';
import { BUREAU_REPORT, docx } from '../cli/docx-fixture.ts';
import { urlsIn } from '../site-urls.ts';

const root = join(import.meta.dirname, '../..');

let box: ReturnType<typeof sandbox>;
let dir = '';
beforeAll(async () => {
  box = sandbox(WHOLE_SITE);
  dir = box.dir;
  for (const lang of ['zh', 'en'])
    cpSync(
      join(root, `tests/fixtures/report/narrative/${lang}.md`),
      join(dir, `content/reports/2023-midterm/${lang}.md`),
    );
  // The final report's Chinese text imported from a Word file, as the bureau writes it.
  writeFileSync(join(dir, 'report.docx'), await docx(BUREAU_REPORT));
  const imported = node(
    dir,
    'scripts/report-import.ts',
    '--report',
    '2025-final',
    join(dir, 'report.docx'),
  );
  expect(imported.code, imported.out).toBe(0);
  // The operator fills in who runs the site (synthetic values).
  writeFileSync(
    join(dir, 'content/site/operator.yml'),
    'name:\n  zh: 测试运营单位\n  en: Fixture Operator\ncontact: errors@example.invalid\n',
  );
  // A preview build (PREVIEW_DRAFTS=1) under a base path: the draft report is rendered in full.
  execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    stdio: 'pipe',
    env: { ...cleanEnv(), PREVIEW_DRAFTS: '1', SITE_BASE: '/p/' },
  });
}, 240_000);
afterAll(() => box?.remove());

describe('report text', () => {
  it('puts each part in its place, with placeholders and resolved ref: links, and a Word file’s table', () => {
    const page = (lang: string) =>
      cheerio.load(
        readFileSync(join(dir, 'dist', lang, 'reports/2023-midterm/index.html'), 'utf8'),
      );

    const zh = page('zh');
    expect(zh('#overall-progress [data-part="overall-progress"]').text()).toContain('测试段落');
    expect(zh('#main-problems .to-be-written').text()).toBe('待填写');
    expect(zh('#recommendations .to-be-written').text()).toBe('待填写');
    // Parts 2–4 are complete with their tables: an empty text adds nothing.
    expect(zh('#main-indicators .to-be-written, #main-indicators .prose')).toHaveLength(0);
    expect(zh('article').text().split('测试段落').length - 1).toBe(1);
    const refs = zh('#overall-progress a.ref')
      .toArray()
      .map((a) => [zh(a).attr('href'), zh(a).text()]);
    expect(refs).toEqual([
      [`${urlsIn('zh', '/p/').chapter(13)}#c13-s6-p1`, '第十三章第六节第1段'],
      ['/p/zh/indicators/forest-coverage/', '森林覆盖率(%)'],
      ['/p/zh/targets/#target-county-natural-gas-access', expect.stringContaining('天然气')],
      ['/p/zh/projects/#project-box-3-sanbanxi-reservoir', expect.stringContaining('三板溪')],
    ]);

    const en = page('en');
    const text = (id: string) => en(`#${id}`).text();
    expect(text('overall-progress')).toContain('Fixture progress paragraph');
    expect(text('key-tasks')).toContain('Fixture key-tasks paragraph');
    expect(en('#key-tasks .prose a').attr('href')).toBe(
      `${urlsIn('en', '/p/').chapter(5)}#c5-s2-p1`,
    );
    expect(text('main-problems')).toContain('a second fixture problem');
    expect(en('#main-problems .prose table td strong').text()).toBe('bold');
    expect(text('recommendations')).toContain('Fixture recommendations paragraph');
    for (const [id, foreign] of [
      ['overall-progress', 'Fixture problems'],
      ['main-problems', 'Fixture progress'],
      ['recommendations', 'Fixture problems'],
      ['main-indicators', 'Fixture'],
    ] as const) {
      expect(text(id), `${id} shows only its own part`).not.toContain(foreign);
    }
    // The fixture writes every part but the mid-term's seventh, which still reads "to be written".
    expect(en('section.report-part:not(#plan-adjustments) .to-be-written')).toHaveLength(0);
    expect(en('#plan-adjustments .to-be-written').text()).toBe('To be written');
    // Who compiled the draft, and when, are not given yet: said, never guessed.
    for (const field of ['compiledBy', 'compiledOn'])
      expect(en(`[data-report-field="${field}"]`).text()).toBe('To be given');
    // A heading the bureau writes sits one level below its part's heading.
    expect(en('#main-problems h2')).toHaveLength(1);
    expect(en('#main-problems h3').text()).toBe('A fixture subheading');
    expect(en('#overall-progress a.ref').first().attr('href')).toBe(
      `${urlsIn('en', '/p/').chapter(5)}#c5-s2-p1`,
    );
    expect(en('#overall-progress a.ref').first().text()).toBe('Ch. 5, §2, ¶1');
    expect(en('#overall-progress a.ref').eq(1).text()).toBe('the air indicator');
    expect(en('#recommendations a.ref').attr('href')).toBe(
      '/p/en/projects/#project-box-9-qiandongnan-botanical-garden',
    );

    const final = cheerio.load(
      readFileSync(join(dir, 'dist/zh/reports/2025-final/index.html'), 'utf8'),
    );
    const table = final('#overall-progress .prose table');
    expect(
      table
        .find('th')
        .toArray()
        .map((c) => final(c).text()),
    ).toEqual(['测试指标', '2023年']);
    expect(
      table
        .find('td')
        .toArray()
        .map((c) => final(c).text()),
    ).toEqual(['优良天数比例', '98.6%']);
    expect(final('#overall-progress .prose h3').text()).toBe('（一）大气环境');
    expect(final('#recommendations .prose').text()).toContain('测试建议：继续推进[重点]工作。');
  });
});

describe('the About page', () => {
  it('names the operator and the contact that operator.yml gives, in each language', () => {
    for (const [lang, name] of [
      ['zh', '测试运营单位'],
      ['en', 'Fixture Operator'],
    ] as const) {
      const $ = cheerio.load(
        readFileSync(join(dir, 'dist', lang, 'about/site/index.html'), 'utf8'),
      );
      expect($('[data-about="operator"]').text()).toBe(name);
      // Given in the page's language: not marked as another language's text.
      expect($('[data-about="operator"] span').attr('lang')).toBeUndefined();
      expect($('[data-about="contact"] a').attr('href')).toBe('mailto:errors@example.invalid');
      expect($('footer a[href="/p/' + lang + '/about/site/"]')).toHaveLength(1);
    }
  });
});
