/** Pieces of the PDF editions that need no browser (src/lib/publishing/pdf-compose.ts). */
import { describe, expect, it } from 'vitest';
import {
  composeDocument,
  cssString,
  entriesFromOutline,
  runningHeader,
} from '../../src/lib/publishing/pdf-compose.ts';

describe('composeDocument', () => {
  const page = (title: string) =>
    `<!DOCTYPE html><html lang="zh-CN"><head><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://example.invalid/zh/chapters/1/"></head><body><nav class="toc">目录</nav><main><h1 id="c1">${title}</h1><p>正文<a href="/zh/chapters/1/#c1">见上</a></p><script>x()</script></main></body></html>`;
  const { html, entries } = composeDocument({
    doc: {
      file: 'plan-zh.pdf',
      lang: 'zh',
      kind: 'plan',
      pages: ['zh/chapters/1'],
      cover: { title: '规划', lines: ['发布：2022-09-20'] },
    },
    html: [page('第一章 形势')],
    tocTitle: '目录',
    tocSelector: 'h1',
  });
  it('is a standards-mode document, as the pages it is made of (no quirks in tables)', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true);
  });
  it("keeps each page's main content and styles, without scripts or navigation", () => {
    expect(entries).toEqual([{ id: 'c1', text: '第一章 形势' }]);
    expect(html).toContain('<link rel="stylesheet" href="/_astro/a.css">');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('class="toc"');
    // A link to a place in the document points there.
    expect(html).toContain('<a href="#c1">见上</a>');
    expect(html).toContain('<span class="pdf-toc-page">000</span>');
  });
});

describe('entriesFromOutline', () => {
  const outline = [
    { title: '黔东南州“十四五”生态环境保护规划', page: 1 },
    { title: '目录', page: 2 },
    { title: '第一章 生态环境保护形势与挑战', page: 3 },
    { title: '第一节 成效', page: 3 },
    { title: '第二章  规划总则', page: 9 },
    { title: '第一章 生态环境保护形势与挑战', page: 40 },
  ];
  it('gives each entry the page of its bookmark, in order, white space aside', () => {
    expect(
      entriesFromOutline(outline, [
        { text: '第一章 生态环境保护形势与挑战' },
        { text: '第二章 规划总则' },
      ]),
    ).toEqual([3, 9]);
  });
  it('takes a repeated title after the previous entry, and leaves an unknown one undefined', () => {
    expect(
      entriesFromOutline(outline, [
        { text: '第二章 规划总则' },
        { text: '第一章 生态环境保护形势与挑战' },
        { text: '第三章' },
      ]),
    ).toEqual([9, 40, undefined]);
  });
});

describe('running header and footer', () => {
  it('puts the title at the foot of every page and each chapter at the head of its own', () => {
    const css = runningHeader('规划', [{ page: 'part-0', heading: '第一章 形势' }]);
    expect(css).toContain('@page { @bottom-left { content: "规划";');
    expect(css).toContain('counter(page) " / " counter(pages)');
    expect(css).toContain('@page part-0 { @top-left { content: "第一章 形势";');
  });
  it('writes any text as a CSS string that cannot end the style element', () => {
    expect(cssString('a "b" \\ c</style>')).toBe('"a \\"b\\" \\\\ c\\3C /style>"');
  });
});
