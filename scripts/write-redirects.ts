/** npm run redirects: writes deploy/redirects.conf from src/lib/core/redirects.ts (a unit test fails while it is stale). */
import { writeFileSync } from 'node:fs';
import { nginxRedirects } from '../src/lib/publishing/nginx-redirects.ts';

const file = new URL('../deploy/redirects.conf', import.meta.url);
writeFileSync(file, nginxRedirects());
console.log(`redirects: wrote ${file.pathname}`);
