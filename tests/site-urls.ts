/**
 * The site's URLs as tests expect them, built by src/lib/core/urls.ts (at the base path "/"), so
 * that a URL scheme change is made there and the tests follow: zh.chapter(5) is "/zh/chapters/5/".
 */
import { siteUrls } from '../src/lib/core/urls.ts';

export const zh = siteUrls('/', 'zh');
export const en = siteUrls('/', 'en');
