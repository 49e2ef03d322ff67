/**
 * Serves a built site on this machine (npm start, npm run preview:drafts) the way the public
 * server (deploy/site.conf) does: the folder's files, a folder's index.html, a folder asked for
 * without its slash sent to it (301), 404.html with status 404 for anything else, and the security
 * headers of deploy/security-headers.conf on every answer. Ready in a fraction of a second (astro
 * preview first loads the whole Astro configuration, about 2.5 s here).
 *   node scripts/serve.ts [--dir dist] [--host 127.0.0.1] [--port 4321]
 */
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersOfNginxConf } from '../src/lib/publishing/security-headers.ts';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4321' },
  },
});
const root = resolve(args.dir!);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${args.dir}/index.html is missing; build the site first (npm run build)`);
  process.exit(1);
}
const headers = headersOfNginxConf(readFileSync('deploy/security-headers.conf', 'utf8'));
const withHeaders = (res: ServerResponse) => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
};
// The headers are set on every answer before sirv (or the 301, or the 404) writes it.
const files = sirv(root, { dev: true, etag: true, dotfiles: false });

/** The folder a path names inside the site, if it is one (never outside the site). */
function folderAt(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return false;
  return existsSync(path) && statSync(path).isDirectory();
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  withHeaders(res);
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && folderAt(url.pathname)) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  files(req, res, () => {
    const page = join(root, '404.html');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  });
});
server.listen(Number(args.port), args.host, () => {
  console.log(`serve: ${args.dir}/ at http://${args.host}:${args.port}/ (Ctrl+C stops it)`);
});
