/**
 * npm run build starts the PDF printer beside astro build (--when-built): Chromium starts at once,
 * and the printer prints only when told the site is built. Told nothing (the build failed or was
 * stopped), it quits quietly: no PDF written, no page linked, no error.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './sandbox.ts';
import { filesUnder } from '../../src/lib/core/files.ts';

describe('the PDF printer started with the build', () => {
  it('quits without printing or linking anything when the build does not say it is built', () => {
    const site = mkdtempSync(join(tmpdir(), 'qdn-pdf-wait-'));
    try {
      cpSync(join(ROOT, 'dist-drafts'), site, { recursive: true });
      rmSync(join(site, 'pdf'), { recursive: true, force: true });
      const run = spawnSync(
        process.execPath,
        ['scripts/build-pdf.ts', '--dist', site, '--also', site, '--when-built'],
        { cwd: ROOT, encoding: 'utf8', input: 'the build failed\n', timeout: 60_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
      expect(existsSync(join(site, 'pdf'))).toBe(false);
      const pages = filesUnder(site, '.html').map((f) => readFileSync(f, 'utf8'));
      expect(pages.filter((html) => html.includes('class="pdf-link"')).length).toBeGreaterThan(20);
      for (const html of pages) expect(html).not.toMatch(/<a [^>]*href="[^"]*\.pdf"/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
