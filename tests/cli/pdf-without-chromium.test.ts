/** npm run pdf on a machine without Chromium: says so once, succeeds, writes no PDF and links none. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, unprintedSiteCopy } from './sandbox.ts';
import { filesUnder } from '../../src/lib/core/files.ts';

describe('PDF editions without Chromium', () => {
  it('leave the site as built, without PDF files and without links to them', () => {
    const site = unprintedSiteCopy('qdn-nopdf-');
    try {
      const out = execFileSync(
        process.execPath,
        ['scripts/build-pdf.ts', '--dist', site, '--also', site],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, PDF_CHROMIUM: '/nonexistent/chromium' },
        },
      );
      expect(out.trim().split('\n')).toEqual([
        'pdf: /nonexistent/chromium is not installed, so the site is built without PDF files (apt-get install chromium, then npm run pdf).',
      ]);
      expect(existsSync(join(site, 'pdf'))).toBe(false);
      const pages = filesUnder(site, '.html').map((f) => readFileSync(f, 'utf8'));
      expect(pages.filter((html) => html.includes('class="pdf-link"')).length).toBeGreaterThan(20);
      for (const html of pages) expect(html).not.toMatch(/<a [^>]*href="[^"]*\.pdf"/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
