/** The search page contract on small HTML fixtures: which pages are indexed, and how each is split. */
import { describe, expect, it } from 'vitest';
import { recordsOfPage } from '../../src/lib/search/search-records.ts';
import { readSearchMark, searchAttributes } from '../../src/lib/search/search-contract.ts';

const page = (lang: string, article: string) =>
  `<!doctype html><html lang="${lang}"><body><nav>菜单</nav>${article}</body></html>`;
const attrs = (a: Record<string, string>) =>
  Object.entries(a)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');

describe('search page contract', () => {
  it('round-trips the mark through the attributes', () => {
    const mark = { type: 'chapter', granularity: 'paragraph', chapter: 5 } as const;
    const a = searchAttributes(mark);
    expect(a).toEqual({
      'data-search-type': 'chapter',
      'data-search-granularity': 'paragraph',
      'data-search-chapter': '5',
    });
    expect(readSearchMark((n) => a[n])).toEqual(mark);
    expect(readSearchMark(() => undefined)).toBeUndefined();
  });
  it('refuses a granularity the indexer does not know', () => {
    expect(() =>
      readSearchMark(
        (n) =>
          (
            ({ 'data-search-type': 'x', 'data-search-granularity': 'words' }) as Record<
              string,
              string
            >
          )[n],
      ),
    ).toThrow(/not one of section, paragraph, rows, page/);
  });
  it('indexes nothing on a page without the mark', () => {
    expect(
      recordsOfPage(
        page('zh-CN', '<article><h1>标题</h1><p id="p1">黑臭水体</p></article>'),
        '/zh/x/',
      ),
    ).toEqual([]);
  });
  it('makes one record per paragraph, headings searchable with the paragraph after them, ignored text left out', () => {
    const html = page(
      'en',
      `<article ${attrs(searchAttributes({ type: 'chapter', granularity: 'paragraph', chapter: 5 }))}>
      <h1>Chapter 5</h1><h2 id="c5-s1">Water</h2><p id="c5-s1-p1">Black and odorous water bodies.<span data-pagefind-ignore>Link to this paragraph</span></p><p id="c5-s1-p2">Rivers.</p></article>`,
    );
    const records = recordsOfPage(html, '/en/chapters/5/');
    expect(records.map((r) => r.url)).toEqual([
      '/en/chapters/5/#c5-s1-p1',
      '/en/chapters/5/#c5-s1-p2',
    ]);
    expect(records[0]!.content).toBe('Water Black and odorous water bodies.');
    expect(records[0]!.meta.title).toBe('Chapter 5 › Water');
    expect(records[0]!.filters).toEqual({ type: ['chapter'], chapter: ['5'] });
    expect(records[1]!.content).toBe('Rivers.');
  });
  it('makes one record per table row with an id, and encodes Chinese for the index', () => {
    const html = page(
      'zh-CN',
      `<article ${attrs(searchAttributes({ type: 'project', granularity: 'rows' }))}><h1>重点工程</h1>
      <section><h2>专栏3</h2><table><tr id="project-a"><th>黑臭水体整治</th><td>凯里市</td></tr><tr><th>无编号</th><td>x</td></tr></table></section></article>`,
    );
    const records = recordsOfPage(html, '/zh/projects/');
    expect(records).toHaveLength(1);
    expect(records[0]!.url).toBe('/zh/projects/#project-a');
    expect(records[0]!.meta.text).toBe('专栏3 · 凯里市');
    expect(records[0]!.content).not.toContain('黑臭'); // Chinese is indexed as encoded pieces, as queries are
    expect(records[0]!.language).toBe('zh-cn');
  });
  it('makes one record per section (h2 or box) by default', () => {
    const html = page(
      'en',
      `<article ${attrs(searchAttributes({ type: 'report' }))}><h1 id="top">Report</h1><p>Intro.</p><h2 id="s1">Progress</h2><p>Text one.</p><aside class="box" id="box-1"><p class="box-title">Box 1</p><p>Boxed.</p></aside></article>`,
    );
    expect(recordsOfPage(html, '/en/r/').map((r) => [r.url, r.meta.section])).toEqual([
      ['/en/r/#top', 'Report'],
      ['/en/r/#s1', 'Progress'],
      ['/en/r/#box-1', 'Box 1'],
    ]);
  });
});

describe('snippets keep cells and blocks apart', () => {
  it('puts a space between table cells, captions and list items, and leaves out phone-card copies', () => {
    const html = page(
      'en',
      `<article ${attrs(searchAttributes({ type: 'chapter', granularity: 'paragraph', chapter: 2 }))}><h1>Chapter 2</h1>
      <div class="table-wrap" id="table-2-1"><table><caption>Table 2-1</caption>
      <tr><th>Ecological protection</th><td class="card-only">Ecological protection</td><td>16</td><th>Forest coverage rate (%)</th><td>67.98</td><td>about 70</td></tr>
      </table></div><p id="c2-p1">One<br>two</p></article>`,
    );
    const [table, paragraph] = recordsOfPage(html, '/en/chapters/2/');
    expect(table!.meta.text).toBe(
      'Table 2-1 Ecological protection 16 Forest coverage rate (%) 67.98 about 70',
    );
    expect(paragraph!.meta.text).toBe('One two');
  });
});
