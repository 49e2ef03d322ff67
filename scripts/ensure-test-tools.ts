/**
 * The browser tests need Debian's Chromium, nginx (with its brotli modules), poppler's pdffonts and a Chinese font. On a fresh
 * machine of this project's kind (Debian, root) this installs them; elsewhere it says how.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const needs: { file: string; pkg: string }[] = [
  { file: '/usr/bin/chromium', pkg: 'chromium' },
  { file: '/usr/sbin/nginx', pkg: 'nginx-light' },
  {
    file: '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
    pkg: 'libnginx-mod-http-brotli-filter',
  },
  {
    file: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
    pkg: 'libnginx-mod-http-brotli-static',
  },
  // pdffonts (tests/site/pdf.test.ts checks that every PDF font is embedded).
  { file: '/usr/bin/pdffonts', pkg: 'poppler-utils' },
  // A Chinese font, so that pages render (and are measured) as readers see them.
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', pkg: 'fonts-noto-cjk' },
];

const missing = needs.filter((n) => !existsSync(n.file)).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get install -y ${missing.join(' ')}`;
if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `The browser tests need: ${missing.join(', ')}.\nInstall them with:\n  sudo apt-get update && sudo ${command}`,
  );
  process.exit(1);
}
console.log(`Installing test tools: ${missing.join(', ')}`);
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command} -qq`], { stdio: 'inherit' });
