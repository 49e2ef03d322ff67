/**
 * The PDF printer npm run build starts beside astro (scripts/build-pdf.ts --wait): told that the
 * pages are written, it starts printing; when its input ends before the site is built (the build
 * failed), it stops at once without a word, links nothing and leaves no browser behind.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, unprintedSiteCopy } from './sandbox.ts';
import { filesUnder } from '../../src/lib/core/files.ts';

describe('the PDF printer of a build that stops', () => {
  it('stops printing quietly and links nothing', async () => {
    const site = unprintedSiteCopy('qdn-printer-');
    const cache = mkdtempSync(join(tmpdir(), 'qdn-printer-cache-'));
    try {
      const printer = spawn(
        process.execPath,
        ['scripts/build-pdf.ts', '--dist', site, '--also', site, '--wait'],
        // An empty cache: every document has to be printed.
        { cwd: ROOT, env: { ...process.env, PDF_CACHE: cache }, stdio: ['pipe', 'pipe', 'pipe'] },
      );
      let output = '';
      printer.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
      printer.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
      const exited = new Promise<number | null>((resolve) => printer.on('close', resolve));
      // The pages are there, then the build stops (astro failed after writing them).
      printer.stdin.end('pages\n');
      expect(await exited).toBe(0);
      expect(output).toBe('');
      expect(existsSync(join(site, 'pdf', 'plan-zh.pdf'))).toBe(false);
      for (const file of filesUnder(site, '.html'))
        expect(readFileSync(file, 'utf8')).not.toMatch(/<a [^>]*href="[^"]*\.pdf"/);
    } finally {
      rmSync(site, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);
});
