/** The built site's integrity: valid HTML, and every internal link and #anchor resolves (both builds). */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { filesUnder } from '../../src/lib/core/files.ts';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { DIST } from './built-site.ts';

const SUBPATH_DIST = join(DIST, '../dist-subpath');
const htmlFiles = (dir: string) => filesUnder(dir, '.html', ['pagefind']);

/** Every internal link of every page that does not resolve to a file, or to an id on that page. */
function brokenLinks(dist: string, base: string): string[] {
  const pages = new Map(htmlFiles(dist).map((f) => [f, cheerio.load(readFileSync(f, 'utf8'))]));
  const ids = (file: string) =>
    new Set(
      pages.get(file)!('[id]')
        .map((_, el) => pages.get(file)!(el).attr('id'))
        .get(),
    );
  const broken: string[] = [];
  for (const [file, $] of pages) {
    const from = `/${relative(dist, file)}`;
    for (const el of $('a[href], link[href], script[src], img[src]').toArray()) {
      const raw = $(el).attr('href') ?? $(el).attr('src')!;
      if (/^(https?:|mailto:)/.test(raw)) continue;
      if ($(el).is('link[rel="icon"]') && raw.startsWith('data:image/svg+xml,')) continue; // inline icon
      const url = new URL(
        raw,
        `http://site${base}${relative(dist, file).replace(/index\.html$/, '')}`,
      );
      if (!url.pathname.startsWith(base)) {
        broken.push(`${from}: ${raw} is outside the base path ${base}`);
        continue;
      }
      const rest = decodeURIComponent(url.pathname.slice(base.length));
      const target = [join(dist, rest), join(dist, rest, 'index.html')].find(
        (p) => existsSync(p) && statSync(p).isFile(),
      );
      if (!target) {
        broken.push(`${from}: ${raw} (no such file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !ids(target).has(anchor))
        broken.push(`${from}: ${raw} (no id "${anchor}")`);
    }
  }
  return broken;
}

describe('integrity of the built site', () => {
  it('has valid HTML on every page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of htmlFiles(DIST)) {
      const report = await validator.validateFile(file);
      for (const r of report.results)
        for (const m of r.messages)
          errors.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
  it('has no broken internal link or anchor', () => {
    expect(htmlFiles(DIST).length).toBeGreaterThan(100);
    expect(brokenLinks(DIST, '/')).toEqual([]);
  });
  it('has no broken link when built for a sub-path, and none that escapes it', () => {
    expect(brokenLinks(SUBPATH_DIST, '/some/prefix/')).toEqual([]);
  });
  it('finds a broken link, a broken anchor and a link outside the base (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qdn-links-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'index.html'),
      '<a href="/p/a/#here">ok</a><a href="/p/a/#gone">anchor</a><a href="/p/b/">file</a><a href="/elsewhere/">base</a>',
    );
    writeFileSync(join(dir, 'a', 'index.html'), '<h2 id="here">x</h2>');
    expect(brokenLinks(dir, '/p/')).toEqual([
      '/index.html: /p/a/#gone (no id "gone")',
      '/index.html: /p/b/ (no such file)',
      '/index.html: /elsewhere/ is outside the base path /p/',
    ]);
  });
});
