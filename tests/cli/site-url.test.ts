/** A public build without its address stops at once and says how to set it; the unit rules of SITE_URL. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { sandbox, WHOLE_SITE } from './sandbox.ts';
import { cleanEnv } from './serve.ts';
import { LOCAL_SITE, siteUrl } from '../../src/lib/publishing/site-url.ts';

describe('SITE_URL', () => {
  it('is required by npm run build, which stops before writing anything and says how to set it', () => {
    const box = sandbox(WHOLE_SITE);
    try {
      const env: NodeJS.ProcessEnv = {
        ...cleanEnv(),
        PATH: `${join(box.dir, 'node_modules/.bin')}:${process.env['PATH']}`,
      };
      delete env['SITE_URL'];
      let out = '';
      try {
        execFileSync('npm', ['run', 'build'], {
          cwd: box.dir,
          env,
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        out = `${(error as { stdout: string }).stdout}${(error as { stderr: string }).stderr}`;
      }
      expect(out).toContain('没有设置网站的公开地址 SITE_URL');
      expect(out).toContain('SITE_URL=https://网站地址 npm run build');
      expect(existsSync(join(box.dir, 'dist'))).toBe(false);
    } finally {
      box.remove();
    }
  });

  it('takes scheme and host only; a local look uses the local address', () => {
    expect(siteUrl({ SITE_URL: 'https://sthjj.qdn.gov.cn/' })).toEqual({
      site: 'https://sthjj.qdn.gov.cn',
    });
    expect(siteUrl({ LOCAL_SITE: '1' })).toEqual({ site: LOCAL_SITE });
    expect(siteUrl({})).toHaveProperty('problem');
    expect(siteUrl({ SITE_URL: 'sthjj.qdn.gov.cn' })).toHaveProperty('problem');
    expect(siteUrl({ SITE_URL: 'https://x.cn/plan/' })).toHaveProperty('problem');
  });
});
