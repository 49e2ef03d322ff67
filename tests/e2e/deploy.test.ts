/** The shipped nginx configuration: security headers, caching, compression, the 404 page. */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { siteRedirects } from '../../src/lib/core/redirects.ts';
import { SUBPATH, urlsIn, zh } from '../site-urls.ts';

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${inject('origin')}${path}`, { headers, redirect: 'manual' });
const asset = readdirSync(join(import.meta.dirname, '../../dist/_astro')).find((f) =>
  f.endsWith('.css'),
)!;

/** The status line and header lines of the answer to one raw HTTP request (duplicates kept). */
function rawHead(host: string, port: number, request: string): Promise<string[]> {
  return new Promise((done, fail) => {
    let received = '';
    const socket = createConnection({ host, port }, () => socket.write(request));
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (received.includes('\r\n\r\n')) {
        socket.destroy();
        done(received.split('\r\n\r\n')[0]!.split('\r\n'));
      }
    });
    socket.on('error', fail);
    socket.on('end', () => done(received.split('\r\n\r\n')[0]!.split('\r\n')));
  });
}

describe('deployment under nginx', () => {
  it('sends a strict Content-Security-Policy and the other security headers on every response', async () => {
    for (const path of ['/zh/', `/_astro/${asset}`, '/data/indicators.csv', '/nope/']) {
      const response = await get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });
  it('caches hashed assets for a year and pages briefly', async () => {
    expect((await get(`/_astro/${asset}`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get(zh.chapter(5))).headers.get('cache-control')).toBe('public, max-age=300');
  });
  it('compresses with brotli and gzip', async () => {
    expect(
      (await get(zh.chapter(1), { 'accept-encoding': 'br' })).headers.get('content-encoding'),
    ).toBe('br');
    expect(
      (await get(zh.chapter(1), { 'accept-encoding': 'gzip' })).headers.get('content-encoding'),
    ).toBe('gzip');
  });
  it("answers an unknown address with the site's 404 page and status 404", async () => {
    const response = await get('/zh/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('页面未找到');
  });
  it('serves the open data as CSV with its byte-order mark', async () => {
    const response = await get('/data/targets.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
  });
  it('serves the precompressed files written at build (brotli_static, gzip_static)', async () => {
    const dist = join(import.meta.dirname, '../../dist');
    for (const [encoding, ext] of [
      ['br', 'br'],
      ['gzip', 'gz'],
    ] as const) {
      const response = await get(zh.chapter(5), { 'accept-encoding': encoding });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      // A file sent as it lies on disk has a length; one compressed on the fly is chunked.
      expect(Number(response.headers.get('content-length'))).toBe(
        statSync(join(dist, `${zh.chapter(5)}index.html.${ext}`)).size,
      );
    }
  });
  it('compresses CSV and the sitemap, and caches hashed search metadata for a year', async () => {
    for (const path of ['/data/targets.csv', '/sitemap-0.xml'])
      expect(
        (await get(path, { 'accept-encoding': 'gzip' })).headers.get('content-encoding'),
        path,
      ).toBe('gzip');
    const meta = readdirSync(join(import.meta.dirname, '../../dist/pagefind')).find((f) =>
      f.endsWith('.pf_meta'),
    )!;
    expect((await get(`/pagefind/${meta}`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });
  it('answers a folder without an index page with the site 404 page, with the security headers', async () => {
    for (const path of ['/data/', '/pdf/', '/pagefind/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('页面未找到');
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
    }
  });
  it('serves one byte range at most: a request for many gets the whole file', async () => {
    const ranges = Array.from({ length: 200 }, (_, i) => `${i * 2}-${i * 2 + 1}`).join(',');
    expect((await get('/data/targets.csv', { range: `bytes=${ranges}` })).status).toBe(200);
    expect((await get('/data/targets.csv', { range: 'bytes=0-9' })).status).toBe(206);
  });
  it('sends one set of security headers on every status: 400, 404, 405, 414, 416', async () => {
    const { hostname, port } = new URL(inject('origin'));
    const long = 'a'.repeat(20_000);
    const requests: [number, string][] = [
      [400, 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n'],
      [404, 'GET /zh/no-such-page/ HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'],
      [405, 'POST /zh/ HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'],
      [414, `GET /${long} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`],
      [416, 'GET /zh/ HTTP/1.1\r\nHost: a\r\nRange: bytes=99999999-\r\nConnection: close\r\n\r\n'],
      [
        416,
        'GET /data/targets.csv HTTP/1.1\r\nHost: a\r\nRange: bytes=99999999-\r\nConnection: close\r\n\r\n',
      ],
    ];
    for (const [status, request] of requests) {
      const head = await rawHead(hostname, Number(port), request);
      expect(head[0], request.slice(0, 40)).toContain(` ${status} `);
      for (const name of [
        'content-security-policy',
        'x-content-type-options',
        'referrer-policy',
        'x-frame-options',
        'permissions-policy',
      ])
        expect(
          head.filter((line) => line.toLowerCase().startsWith(`${name}:`)).length,
          `${status} ${name}`,
        ).toBe(1);
    }
  });
  it('answers every address that leads elsewhere with a 301 to its page, with the security headers', async () => {
    for (const [origin, base] of [
      [inject('origin'), '/'],
      [inject('subpathOrigin'), '/some/prefix/'],
    ] as const)
      for (const r of siteRedirects(base))
        for (const asked of [r.from, `${r.from}index.html`]) {
          const response = await fetch(`${origin}${asked}`, { redirect: 'manual' });
          expect(response.status, asked).toBe(301);
          expect(response.headers.get('location'), asked).toBe(r.to);
          expect(response.headers.get('content-security-policy'), asked).toContain(
            "default-src 'self'",
          );
          const page = await fetch(`${origin}${r.to}`, { redirect: 'manual' });
          expect(page.status, r.to).toBe(200);
        }
  });
  it('serves the site under a sub-path too', async () => {
    const response = await fetch(`${inject('subpathOrigin')}${urlsIn('zh', SUBPATH).chapter(5)}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('href="/some/prefix/_astro/');
  });
});
