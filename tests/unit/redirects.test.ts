/** The redirects table: each address leads to a real page, never to another redirect, and nginx's copy is current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteRedirects } from '../../src/lib/core/redirects.ts';
import { parsePage } from '../../src/lib/core/urls.ts';
import { nginxRedirects } from '../../src/lib/publishing/nginx-redirects.ts';
import { en, zh } from '../site-urls.ts';

describe('siteRedirects', () => {
  for (const base of ['/', '/some/prefix/']) {
    const table = siteRedirects(base);
    it(`leads each address under ${base} to a page of the same language, in one step`, () => {
      expect(table.length).toBeGreaterThan(0);
      const from = new Set(table.map((r) => r.from));
      expect(from.size).toBe(table.length);
      for (const r of table) {
        expect(r.from.startsWith(base) && r.from.endsWith('/'), r.from).toBe(true);
        expect(from.has(r.to), `${r.from} leads to another redirect`).toBe(false);
        const [source, target] = [parsePage(base, r.from), parsePage(base, r.to)];
        expect(target, r.to).toBeDefined();
        expect(target?.lang).toBe(source?.lang);
        expect(r.why.length).toBeGreaterThan(10);
      }
    });
  }
});

describe('deploy/redirects.conf', () => {
  it('is the table as written by npm run redirects (run it after changing the table)', () => {
    const committed = readFileSync(new URL('../../deploy/redirects.conf', import.meta.url), 'utf8');
    expect(committed).toBe(nginxRedirects());
  });
  it('answers each address, and its index.html, with a 301 to the page under any base', () => {
    const text = nginxRedirects();
    const locations = [...text.matchAll(/^location ~ (\S+) \{ return 301 \$\{base\}(\S+); \}$/gm)];
    expect(locations).toHaveLength(siteRedirects('/').length);
    for (const base of ['/', '/some/prefix/'])
      for (const r of siteRedirects(base))
        for (const asked of [r.from, `${r.from}index.html`]) {
          const hit = locations.find(([, re]) => new RegExp(re!).test(asked));
          expect(hit, asked).toBeDefined();
          expect(`${new RegExp(hit![1]!).exec(asked)!.groups!['base']}${hit![2]}`).toBe(r.to);
        }
    // Pages themselves are not caught.
    for (const page of [zh.chapter(1), en.about('site'), zh.home()])
      expect(
        locations.some(([, re]) => new RegExp(re!).test(page)),
        page,
      ).toBe(false);
  });
});
