import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fold, foldTableFromPairs, foldTableToPairs } from '../../src/lib/search/search-fold.ts';
import { tableFor, traditionalToSimplified } from '../../src/lib/search/search-fold-table.ts';
import { recordsOfPage } from '../../src/lib/search/search-records.ts';
import { encodeForSearch } from '../../src/lib/search/search-text.ts';

const full = traditionalToSimplified();

describe('traditional → simplified folding (OpenCC tables)', () => {
  it('folds traditional and Hong Kong forms to the simplified text the plan uses', () => {
    expect(fold('黑臭水體', full)).toBe('黑臭水体');
    expect(fold('碳達峰', full)).toBe('碳达峰');
    expect(fold('森林覆蓋率', full)).toBe('森林覆盖率');
    expect(fold('環境影響評價、污水處理廠', full)).toBe('环境影响评价、污水处理厂');
    expect(fold('PM2.5和O3協同控制', full)).toBe('PM2.5和O3协同控制');
  });
  it('leaves simplified text as it is, including characters Taiwan usage would rewrite', () => {
    expect(fold('显著提升生态环境质量', full)).toBe('显著提升生态环境质量');
    const dir = new URL('../../content/plan/zh/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      expect(fold(text, full) === text, file).toBe(true);
    }
  });
  it('gives the browser only the characters that fold into the site text, as a pairs string', () => {
    const small = tableFor(full, new Set('黑臭水体碳达峰'));
    expect(small.get('體')).toBe('体');
    expect(small.get('達')).toBe('达');
    expect(small.has('蓋')).toBe(false); // 盖 is not among the site characters given
    const pairs = foldTableToPairs(small);
    expect(foldTableFromPairs(pairs)).toEqual(small);
    expect(fold('黑臭水體', foldTableFromPairs(pairs))).toBe('黑臭水体');
    expect(() => foldTableFromPairs('體')).toThrow(/odd number/);
  });
  it('indexes Chinese folded, so that traditional text and a simplified query meet', () => {
    const html =
      '<html lang="zh-CN"><body><article data-search-type="chapter" data-search-granularity="paragraph"><h1>第九章</h1><p id="p1">治理黑臭水體</p></article></body></html>';
    const [record] = recordsOfPage(html, '/zh/chapters/9/', (t) => fold(t, full));
    expect(record!.content).toBe(encodeForSearch('治理黑臭水体'));
    expect(record!.meta.text).toBe('治理黑臭水體'); // the shown text stays as written
  });
});
