/**
 * The site's URLs as tests expect them, built by src/lib/core/urls.ts, so that a URL scheme change
 * is made there and the tests follow: zh.chapter(5) is "/zh/chapters/5/" (base path "/").
 */
import { siteUrls } from '../src/lib/core/urls.ts';

/** A language's URLs under a base path ("/" unless told). */
export const urlsIn = (lang: string, base = '/') => siteUrls(base, lang);
export const zh = urlsIn('zh');
export const en = urlsIn('en');
/** The sub-path build's (npm run build:subpath). */
export const SUBPATH = '/some/prefix/';
