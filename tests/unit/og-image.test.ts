import { describe, expect, it } from 'vitest';
import { ogImageKey, ogSvg, textWidth, wrapText } from '../../src/lib/publishing/og-image.ts';
import { urlsIn, zh } from '../site-urls.ts';

describe('ogImageKey', () => {
  it('gives each chapter, report and home page its image, and other pages the common one', () => {
    expect(ogImageKey('/', zh.chapter(5))).toBe('zh-chapter-5');
    expect(ogImageKey('/some/prefix/', urlsIn('en', '/some/prefix/').parallel(13))).toBe(
      'en-chapter-13',
    );
    expect(ogImageKey('/', '/en/reports/2023-midterm/')).toBe('en-report-2023-midterm');
    expect(ogImageKey('/', '/en/reports/')).toBe('en-page');
    expect(ogImageKey('/', '/zh/')).toBe('zh-home');
    expect(ogImageKey('/', '/zh/targets/')).toBe('zh-page');
    expect(ogImageKey('/', '/')).toBe('zh-page');
  });
});

describe('wrapText', () => {
  it('breaks Chinese anywhere and English at spaces, within the width', () => {
    const zh = wrapText('第五章 深化系统治理,稳步提升水生态环境质量与保障水平', 10, 3);
    expect(zh.join('').replace(/\s/g, '')).toBe(
      '第五章深化系统治理,稳步提升水生态环境质量与保障水平',
    );
    expect(zh).toHaveLength(3);
    for (const l of zh) expect(textWidth(l)).toBeLessThanOrEqual(10);
    const en = wrapText(
      'Chapter 5 Deepening systematic governance and steadily improving the water environment',
      20,
      5,
    );
    expect(en.join(' ')).toBe(
      'Chapter 5 Deepening systematic governance and steadily improving the water environment',
    );
    for (const l of en) expect(textWidth(l)).toBeLessThanOrEqual(20);
  });
  it('cuts with an ellipsis after the last line', () => {
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', 5, 2);
    expect(lines).toEqual(['一二三四五', '六七八九…']);
  });
});

describe('ogSvg', () => {
  it('escapes text and draws the title', () => {
    const svg = ogSvg({
      kicker: 'A & B',
      title: '<Plan>',
      site: 'Site',
      footer: '2022-09-20',
      fontFamily: 'Noto Sans CJK SC',
    });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;Plan&gt;');
    expect(svg).not.toContain('<Plan>');
  });
});
