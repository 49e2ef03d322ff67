/** Search in a real browser: the query set, keyboard use, shareable URLs, highlights, download budget. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launch, watchedPage } from '../../scripts/lib/chromium.ts';
import { SUBPATH, en, urlsIn, zh } from '../site-urls.ts';
import { parsePage } from '../../src/lib/core/urls.ts';

const queries = parse(
  readFileSync(new URL('./search-queries.yml', import.meta.url), 'utf8'),
) as Record<'zh' | 'en', { q: string; expect: string }[]>;
let browser: Browser;
let page: Page;
let problems: string[];
beforeAll(async () => {
  browser = await launch();
  ({ page, problems } = await watchedPage(browser));
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Searches as a reader does on the search page of a language (opened once, then kept): the query
 * typed into the field, then Enter; waits until the results list is no longer busy. Returns the
 * result links' paths (without ?hl=). Opening a search from its address is tested on its own below.
 */
async function search(lang: string, q: string): Promise<string[]> {
  const here = new URL(page.url());
  if (
    here.origin !== inject('origin') ||
    here.pathname !== urlsIn(lang).search() ||
    /[?&](type|chapter)=/.test(here.search)
  )
    await page.goto(`${inject('origin')}${urlsIn(lang).search()}`);
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    () => !document.querySelector('[data-search-results]')!.hasAttribute('aria-busy'),
  );
  expect(new URL(page.url()).searchParams.get('q'), 'the address carries the query searched').toBe(
    q,
  );
  return page.$$eval('[data-search-results] li a', (links) =>
    links.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return `${u.pathname}${u.hash}`;
    }),
  );
}

/** The URL (or URL prefix) an expectation of the query set names: "chapter 4", "indicator forest-coverage", "targets#target-y". */
function expectedUrl(lang: string, expectation: string): string {
  const [page, fragment] = expectation.split('#');
  const [kind, id] = page!.split(' ');
  const urls = urlsIn(lang);
  const url =
    kind === 'chapter'
      ? urls.chapter(Number(id))
      : kind === 'indicator'
        ? urls.indicator(id!)
        : kind === 'targets'
          ? urls.targets()
          : kind === 'projects'
            ? urls.projects()
            : undefined;
  if (!url) throw new Error(`search-queries.yml: cannot read the expectation "${expectation}"`);
  return fragment === undefined ? url : `${url}#${fragment}`;
}

describe.each(['zh', 'en'] as const)('%s query set', (lang) => {
  it.each(queries[lang].map((x) => [x.q, x.expect] as const))(
    '"%s" has %s in the first three results',
    async (q, expectation) => {
      const expected = expectedUrl(lang, expectation);
      const results = await search(lang, q);
      expect(
        results.slice(0, 3).some((r) => r.startsWith(expected)),
        `${q}: ${results.slice(0, 5).join(', ')}`,
      ).toBe(true);
      expect(problems).toEqual([]);
    },
  );
});

describe('search page', () => {
  it('is shareable: the query and filters are in the URL', async () => {
    await page.goto(`${inject('origin')}${zh.search()}`);
    await page.fill('#search-q', '碳达峰');
    await page.waitForURL(/\?q=%E7%A2%B3%E8%BE%BE%E5%B3%B0/);
    await page.selectOption('select[name="type"]', 'chapter');
    await page.waitForURL(/type=chapter/);
    await page.waitForFunction(() =>
      /找到 \d+ 条结果/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    const links = await page.$$eval('[data-search-results] li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links.length).toBeGreaterThan(0);
    const pages = links.map((l) => parsePage('/', l));
    expect(pages.every((p) => p?.kind === 'chapter' && p.lang === 'zh')).toBe(true);
  });

  it('works from the keyboard: "/" focuses the field, Enter searches, Tab reaches the results', async () => {
    await page.goto(`${inject('origin')}${en.chapter(3)}`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('forest coverage');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${en.search()}?q=forest+coverage`);
    await page.waitForSelector('[data-search-results] li a');
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null),
    ).toBe(true);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });

  it('marks the results list busy while a query runs, and only until its results are shown', async () => {
    await page.goto(`${inject('origin')}${zh.search()}`);
    await page.fill('#search-q', '森林覆盖率');
    // Enter runs the query at once: the list is busy before any result has arrived.
    const busyAtOnce = await page.evaluate(() => {
      document.querySelector<HTMLFormElement>('[data-search-root] form')!.requestSubmit();
      return document.querySelector('[data-search-results]')!.getAttribute('aria-busy');
    });
    expect(busyAtOnce).toBe('true');
    await page.waitForFunction(
      () => !document.querySelector('[data-search-results]')!.hasAttribute('aria-busy'),
    );
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    expect(await page.textContent('[data-search-status]')).toMatch(/找到 \d+ 条结果/);
  });

  it('marks the query in the excerpt and on the page a result opens', async () => {
    await search('zh', '臭水');
    expect(await page.locator('[data-search-results] li p mark').first().textContent()).toBe(
      '臭水',
    );
    await page.click('[data-search-results] li a');
    await page.waitForURL(/\?hl=/);
    expect(await page.locator('main mark').first().textContent()).toBe('臭水');
  });

  it('caps a long query at 200 characters, says so, and never writes more into the address', async () => {
    await page.goto(`${inject('origin')}${zh.search()}?q=${'水'.repeat(300)}`);
    await page.waitForFunction(
      () => !document.querySelector<HTMLElement>('[data-search-capped]')!.hidden,
    );
    expect(await page.textContent('[data-search-capped]')).toContain('只搜索了前 200 个字');
    expect(new URL(page.url()).searchParams.get('q')).toBe('水'.repeat(200));
    expect(await page.getAttribute('#search-q', 'maxlength')).toBe('200');
  });

  it('marks every occurrence of ?hl= words on the page, and Latin words only from a word start', async () => {
    await page.goto(`${inject('origin')}${en.chapter(5)}?hl=water`);
    const count = (re: RegExp) =>
      page.$$eval(
        'main',
        (mains, source) => {
          const walker = document.createTreeWalker(mains[0]!, NodeFilter.SHOW_TEXT);
          let n = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            if (!node.parentElement?.closest('mark'))
              n += (node.nodeValue ?? '').match(new RegExp(source, 'giu'))?.length ?? 0;
          return n;
        },
        re.source,
      );
    const marked = await page.locator('main mark').count();
    expect(marked).toBeGreaterThan(20);
    // No word-start occurrence is left unmarked.
    expect(await count(/(?<![\p{L}\p{N}])water/u)).toBe(0);
    await page.goto(`${inject('origin')}${en.chapter(11)}?hl=forest`);
    const words = await page
      .locator('main mark')
      .evaluateAll((ms) =>
        ms.map((m) => `${m.textContent}${m.nextSibling?.textContent?.slice(0, 8) ?? ''}`),
      );
    expect(words.length).toBeGreaterThan(0);
    expect(words.some((w) => /^forestation/i.test(w))).toBe(false);
  });

  it('says in one line which kinds of query it understands', async () => {
    await page.goto(`${inject('origin')}${zh.search()}`);
    expect(await page.textContent('#search-help')).toMatch(/繁体.*拼音.*缩写/);
    expect(await page.getAttribute('#search-q', 'aria-describedby')).toBe('search-help');
    await page.goto(`${inject('origin')}${en.search()}`);
    expect(await page.textContent('#search-help')).toMatch(/traditional.*pinyin.*abbreviations/);
  });

  it('shows which variant, synonym or reading matched, and highlights it', async () => {
    await search('zh', 'COD');
    expect(await page.textContent('[data-search-variants]')).toBe(
      '同时搜索了：化学需氧量（同义词或缩写）',
    );
    expect(await page.locator('[data-search-results] li p mark').first().textContent()).toBe(
      '化学需氧量',
    );
    // Results of two queries (PM2.5 as typed, and its synonym): each result of the synonym says so.
    await search('zh', 'PM2.5');
    expect(await page.textContent('[data-search-variants]')).toBe(
      '同时搜索了：细颗粒物（同义词或缩写）',
    );
    const tagged = await page.$$eval('[data-search-results] li', (lis) =>
      lis.map((li) => [
        li.querySelector('.search-matched')?.textContent ?? '',
        li.querySelector('p mark')?.textContent ?? '',
      ]),
    );
    expect(tagged).toContainEqual(['匹配：细颗粒物（同义词或缩写）', '细颗粒物']);
    expect(tagged).toContainEqual(['', 'PM2.5']);
    await search('zh', 'heichou shuiti');
    expect(await page.textContent('[data-search-variants]')).toBe('同时搜索了：黑臭水体（拼音）');
    expect(await page.locator('[data-search-results] li p mark').first().textContent()).toBe(
      '黑臭水体',
    );
    await search('en', '黑臭水體');
    expect(await page.textContent('[data-search-variants]')).toContain(
      'black and odorous water bodies (glossary term)',
    );
    expect(problems).toEqual([]);
  });

  it('finds a term the glossary does not know in the other language, and opens its twin in the page language', async () => {
    const links = await search('en', '噪声');
    expect(links[0]).toBe(`${en.chapter(8)}#c8-s5-p1`);
    expect(await page.textContent('[data-search-variants]')).toMatch(/found in the Chinese text/);
    expect(await page.getAttribute('[data-search-results] li a', 'lang')).toBe('zh-CN'); // the matched text, as found
    expect(await page.locator('[data-search-results] li p mark').first().textContent()).toBe(
      '噪声',
    );
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('[data-search-results] li a');
    await page.waitForURL(`**${en.chapter(8)}#c8-s5-p1`);
    expect(problems).toEqual([]);
  });

  it("works under a sub-path: aids, terms and the other language's index load from the base", async () => {
    for (const [lang, q, expected] of [
      ['zh', 'heichou shuiti', urlsIn('zh', SUBPATH).chapter(9)],
      ['en', '噪声', urlsIn('en', SUBPATH).chapter(8)],
    ] as const) {
      await page.goto(
        `${inject('subpathOrigin')}/some/prefix/${lang}/search/?q=${encodeURIComponent(q)}`,
      );
      await page.waitForSelector('[data-search-results] li a');
      const first = await page.$eval(
        '[data-search-results] li a',
        (a) => new URL((a as HTMLAnchorElement).href).pathname,
      );
      expect(first, q).toBe(expected);
    }
    expect(problems).toEqual([]);
  });

  it('suggests the nearest terms of the site when nothing is found', async () => {
    await search('zh', '黑臭水休');
    expect(await page.textContent('[data-search-status]')).toMatch(/没有找到结果/);
    expect(await page.$$eval('[data-search-results] li', (li) => li.length)).toBe(0);
    expect(
      await page.$$eval('[data-search-suggest] a', (as) => as.map((a) => a.textContent)),
    ).toEqual(['黑臭水体']);
    await page.click('[data-search-suggest] a');
    await page.waitForSelector('[data-search-results] li');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=黑臭水体');
    // Loose pinyin finds nothing (no false hits) and suggests the term it is nearest to.
    await search('zh', 'heichou shuiqi');
    expect(await page.$$eval('[data-search-results] li', (li) => li.length)).toBe(0);
    expect(
      await page.$$eval('[data-search-suggest] a', (as) => as.map((a) => a.textContent)),
    ).toContain('黑臭水体');
    await search('en', 'forrest');
    expect(
      await page.$$eval('[data-search-suggest] a', (as) => as.map((a) => a.textContent)),
    ).toContain('forest');
    expect(problems).toEqual([]);
  });

  it('stays accessible, also at 360 px, with what matched and suggestions shown', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const [lang, q] of [
      ['zh', 'PM2.5'],
      ['zh', '黑臭水休'],
      ['en', '噪声'],
    ] as const) {
      await phone.goto(`${inject('origin')}/${lang}/search/?q=${encodeURIComponent(q)}`);
      await phone.waitForFunction(
        () => document.querySelector('[data-search-status]')?.textContent !== '',
      );
      expect(
        await phone
          .locator('.search-matched, [data-search-suggest] a, [data-search-results] a[lang]')
          .count(),
        q,
      ).toBeGreaterThan(0);
      const violations = await axeViolations(phone);
      expect(violations, q).toEqual([]);
      expect(
        await phone.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
        q,
      ).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });

  it('keeps the first Chinese query within 100 KB of downloads', async () => {
    const fresh = await browser.newPage();
    let bytes = 0;
    fresh.on('requestfinished', async (request) => {
      if (!request.url().includes('/pagefind/')) return;
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    const files: string[] = [];
    fresh.on('request', (request) => {
      files.push(new URL(request.url()).pathname);
    });
    await fresh.goto(`${inject('origin')}${zh.search()}?q=${encodeURIComponent('黑臭水体')}`);
    await fresh.waitForSelector('[data-search-results] li');
    await fresh.waitForLoadState('networkidle');
    console.log(`first Chinese query downloaded ${(bytes / 1024).toFixed(1)} KB from /pagefind/`);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
    expect(files).toContain('/pagefind/search-aids.json'); // counted above
    expect(files).not.toContain('/pagefind/search-terms.json'); // only for pinyin, the other language, or nothing found
    await fresh.close();
  });

  it('keeps the terms file (pinyin, glossary) within the chapter page budget of 28 KB', async () => {
    const fresh = await browser.newPage();
    let bytes = -1;
    fresh.on('requestfinished', async (request) => {
      if (!request.url().endsWith('/pagefind/search-terms.json')) return;
      const sizes = await request.sizes();
      bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await fresh.goto(`${inject('origin')}${zh.search()}?q=${encodeURIComponent('heichou shuiti')}`);
    await fresh.waitForSelector('[data-search-results] li');
    await fresh.waitForLoadState('networkidle');
    console.log(`search-terms.json downloaded ${(bytes / 1024).toFixed(1)} KB`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(28 * 1024);
    await fresh.close();
  });
});
