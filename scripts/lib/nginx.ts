/** Starts real nginx with deploy/site.conf in front of a built site, for the browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createConnection, createServer } from 'node:net';

export interface Served {
  origin: string;
  base: string;
  errorLog: string;
  stop: () => Promise<void>;
}

const DEPLOY = resolve(import.meta.dirname, '../../deploy');

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}

/** A TCP port on 127.0.0.1 that is free now, so that several checkouts can test side by side. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Serves `dist` at `base` on 127.0.0.1:`port` (a free one if not given) through nginx; resolves once it answers. */
export async function startNginx(dist: string, base: string, port?: number): Promise<Served> {
  port ??= await freePort();
  if (!existsSync('/usr/sbin/nginx'))
    throw new Error(
      'nginx is not installed (apt-get install -y nginx-light libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static)',
    );
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist} has no index.html: build the site first`);
  const dir = mkdtempSync(join(tmpdir(), 'qdn-nginx-'));
  chmodSync(dir, 0o755); // nginx workers run as an unprivileged user and must reach the site
  const root = join(dir, 'root');
  const siteDir = join(root, base);
  mkdirSync(dirname(siteDir.replace(/\/$/, '')), { recursive: true });
  if (base === '/') symlinkSync(resolve(dist), root);
  else symlinkSync(resolve(dist), siteDir.replace(/\/$/, ''));
  const site = readFileSync(join(DEPLOY, 'site.conf'), 'utf8')
    .replaceAll('__ROOT__', root)
    .replaceAll('__LISTEN__', `127.0.0.1:${port}`)
    .replaceAll('__BASE__', base)
    .replaceAll('__DEPLOY__', DEPLOY);
  writeFileSync(join(dir, 'site.conf'), site);
  const errorLog = join(dir, 'error.log');
  // Debian's module snippets name modules relative to the prefix.
  symlinkSync('/usr/lib/nginx/modules', join(dir, 'modules'));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `
include /etc/nginx/modules-enabled/*.conf;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${errorLog} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const child: ChildProcess = spawn(
    '/usr/sbin/nginx',
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  for (let i = 0; i < 100 && !(await portOpen(port)); i++) {
    if (exited) throw new Error(`nginx exited at start; see ${errorLog}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    base,
    errorLog,
    stop: () =>
      new Promise((done) => {
        if (exited) return done();
        child.on('exit', () => done());
        child.kill('SIGQUIT');
      }),
  };
}
