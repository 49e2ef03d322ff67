/** The PDF text layer fix: ⽔ → 水 and friends in a ToUnicode CMap, other mappings untouched. */
import { describe, expect, it } from 'vitest';
import { fixToUnicode, ideographFor } from '../../src/lib/publishing/pdf-tounicode.ts';
import {
  composeDocument,
  formatSize,
  locateEntries,
} from '../../src/lib/publishing/pdf-compose.ts';

const cmap = (body: string) =>
  `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n${body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n`;

describe('ToUnicode fix', () => {
  it('maps the radicals and look-alikes Chromium writes to the characters meant', () => {
    expect(String.fromCodePoint(ideographFor(0x2f54))).toBe('水');
    expect(String.fromCodePoint(ideographFor(0x2f63))).toBe('生');
    expect(String.fromCodePoint(ideographFor(0x2edb))).toBe('风');
    expect(String.fromCodePoint(ideographFor(0x3b35))).toBe('胶');
    expect(String.fromCodePoint(ideographFor(0x2015))).toBe('—');
    for (const ch of ['水', 'a', '。', '㵲'])
      expect(ideographFor(ch.codePointAt(0)!)).toBe(ch.codePointAt(0));
  });
  it('rewrites bfchar entries and leaves the others as they are', () => {
    const out = fixToUnicode(
      cmap('3 beginbfchar\n<01> <2F54>\n<02> <0041>\n<03> <2F630020>\nendbfchar\n'),
    );
    expect(out).toContain('<01> <6C34>\n<02> <0041>\n<03> <751F0020>');
  });
  it('splits a bfrange that reaches a radical into single entries, keeps the rest', () => {
    const out = fixToUnicode(
      cmap('2 beginbfrange\n<10> <12> <2F53>\n<20> <21> <0061>\nendbfrange\n'),
    );
    expect(out).toContain('1 beginbfrange\n<20> <21> <0061>\nendbfrange');
    expect(out).toMatch(/3 beginbfchar\n<10> <6C14>\n<11> <6C34>\n<12> <706B>\nendbfchar\nendcmap/); // 气 水 火
    expect(fixToUnicode(cmap('1 beginbfrange\n<05> <06> [<2F54> <0041>]\nendbfrange\n'))).toContain(
      '<05> <06> [<6C34> <0041>]',
    );
  });
  it('changes nothing when there is nothing to fix', () => {
    const text = cmap('1 beginbfchar\n<01> <6C34>\nendbfchar\n');
    expect(fixToUnicode(text)).toBe(text);
  });
});

describe('PDF composition', () => {
  const page = (title: string, body: string) =>
    `<html lang="zh-CN"><head><link rel="canonical" href="https://example.invalid/zh/chapters/1/"><link rel="stylesheet" href="/_astro/a.css"></head><body><nav>menu</nav><main><nav class="toc">x</nav><h1 id="c1">${title}</h1>${body}<script src="/x.js"></script></main></body></html>`;
  it('puts a cover and contents before the pages, keeps styles, drops navigation and scripts, and points links inside the document', () => {
    const doc = {
      file: 'plan-zh.pdf',
      lang: 'zh' as const,
      kind: 'plan' as const,
      pages: ['zh/chapters/1/', 'zh/chapters/2/'],
      cover: { title: '规划', lines: ['发布时间: 2022-09-20'] },
    };
    const { html, entries } = composeDocument({
      doc,
      tocTitle: '目录',
      tocSelector: 'h1',
      html: [
        page(
          '第一章',
          '<p id="c1-p1">见<a href="/zh/chapters/2/#c2-p1">第二章</a>和<a href="/zh/glossary/">术语</a>。</p>',
        ),
        page('第二章', '<p id="c2-p1">水</p>'),
      ],
      pageNumbers: [3, 5],
    });
    expect(entries.map((e) => e.text)).toEqual(['第一章', '第二章']);
    expect(html).toContain('<link rel="stylesheet" href="/_astro/a.css">');
    expect(html.indexOf('pdf-cover')).toBeLessThan(html.indexOf('pdf-toc'));
    expect(html).toContain('<span class="pdf-toc-page">5</span>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('class="toc"');
    expect(html).toContain('href="#c2-p1"');
    expect(html).toContain('href="https://example.invalid/zh/glossary/"');
  });
  it('finds the page each heading starts on after the contents', () => {
    expect(
      locateEntries(
        ['规划', '目录 第一章 3 第二章 5', 'x', '第一章 正文', '第二 章', '正文'],
        [{ text: '第一章' }, { text: '第二章' }],
      ),
    ).toEqual([4, 5]);
  });
  it('states sizes as people read them', () => {
    expect(formatSize(850 * 1024)).toBe('850 KB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});

describe('locating a heading that runs over a page break', () => {
  it('gives the page where it begins', () => {
    const pages = ['cover', '目录 五、问题 六、经验与建议', '正文', '结尾 六、经验', '与建议 正文'];
    expect(locateEntries(pages, [{ text: '五、问题' }, { text: '六、经验与建议' }])).toEqual([
      undefined,
      4,
    ]);
  });
});
