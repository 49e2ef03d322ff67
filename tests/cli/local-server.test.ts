/**
 * The local server of npm start and npm run preview:drafts (scripts/serve.ts) answers as the public
 * server does: pages, a folder's index, a folder without its slash redirected, 404.html with status
 * 404, nothing outside the site, and the public security headers on every answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './sandbox.ts';
import { freePort } from './serve.ts';
import { headersOfNginxConf } from '../../src/lib/publishing/security-headers.ts';

let site: string;
let child: ChildProcess;
let origin: string;
const securityHeaders = headersOfNginxConf(
  readFileSync(join(ROOT, 'deploy/security-headers.conf'), 'utf8'),
);

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'qdn-serve-'));
  mkdirSync(join(site, 'zh/chapters/5'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<p>home</p>');
  writeFileSync(join(site, 'zh/chapters/5/index.html'), '<p>第五章</p>');
  writeFileSync(join(site, 'style.css'), 'p{}');
  writeFileSync(join(site, '404.html'), '<p>页面不存在</p>');
  writeFileSync(join(site, '../qdn-serve-secret.txt'), 'outside');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['scripts/serve.ts', '--dir', site, '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes(origin) && resolve());
    child.on('exit', (code) => reject(new Error(`serve.ts exited (${code})`)));
  });
}, 30_000);

afterAll(() => {
  child?.kill();
  rmSync(site, { recursive: true, force: true });
  rmSync(join(site, '../qdn-serve-secret.txt'), { force: true });
});

const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });
const expectSecurityHeaders = (response: Response) => {
  for (const [name, value] of Object.entries(securityHeaders))
    expect(response.headers.get(name), name).toBe(value);
};

describe('the local server', () => {
  it("serves pages and files, a folder's index.html, with the security headers", async () => {
    for (const [path, body, type] of [
      ['/', '<p>home</p>', 'text/html'],
      ['/zh/chapters/5/', '<p>第五章</p>', 'text/html'],
      ['/style.css', 'p{}', 'text/css'],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain(type);
      expect(await response.text(), path).toBe(body);
      expectSecurityHeaders(response);
    }
  });
  it('sends a folder asked for without its slash to the folder (301), keeping the query', async () => {
    const response = await get('/zh/chapters/5?hl=水');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/zh/chapters/5/?hl=%E6%B0%B4');
    expectSecurityHeaders(response);
  });
  it('answers anything else, and anything outside the site, with 404.html and status 404', async () => {
    for (const path of ['/nope/', '/zh/chapters/6/', '/..%2fqdn-serve-secret.txt', '/%E0%A4%A']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('<p>页面不存在</p>');
      expectSecurityHeaders(response);
    }
  });
});
