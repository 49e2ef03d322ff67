/** The dev and preview servers send the public server's security headers (deploy/security-headers.conf). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { devHeaders, headersOfNginxConf } from '../../src/lib/publishing/security-headers.ts';

const conf = readFileSync(new URL('../../deploy/security-headers.conf', import.meta.url), 'utf8');

describe('security headers for astro dev and preview', () => {
  it('reads every add_header of the deploy include', () => {
    const headers = headersOfNginxConf(conf);
    expect(Object.keys(headers).sort()).toEqual(
      [...conf.matchAll(/^add_header ([\w-]+)/gm)].map((m) => m[1]).sort(),
    );
    expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
  it('refuses an include without a Content-Security-Policy', () => {
    expect(() => headersOfNginxConf('add_header X-Frame-Options "DENY" always;')).toThrow(
      /no Content-Security-Policy/,
    );
  });
  it('relaxes only inline styles for the dev server; scripts keep the public policy', () => {
    const headers = headersOfNginxConf(conf);
    const dev = devHeaders(headers)['Content-Security-Policy']!;
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    const scripts = (csp: string) => /script-src [^;]*/.exec(csp)![0];
    expect(scripts(dev)).toBe(scripts(headers['Content-Security-Policy']!));
    expect(dev.replace(" 'unsafe-inline'", '')).toBe(headers['Content-Security-Policy']);
  });
});
