/**
 * The security headers of deploy/security-headers.conf, read from that file so that `npm run dev`
 * and the local server (scripts/serve.ts: npm start, npm run preview:drafts) send what the public
 * server sends. Pure.
 */

/** The `add_header Name "value" always;` lines of an nginx include, as a header map. */
export function headersOfNginxConf(conf: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const m of conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"(?:\s+always)?\s*;/gm))
    headers[m[1]!] = m[2]!;
  if (!headers['Content-Security-Policy'])
    throw new Error('deploy/security-headers.conf: no Content-Security-Policy header found');
  return headers;
}

/**
 * For the development server only: Vite injects each component's CSS as an inline <style> and
 * updates it live, so styles from inline elements are allowed there. Scripts keep the public
 * policy exactly: nothing inline and nothing from elsewhere runs, in development too.
 */
export function devHeaders(headers: Record<string, string>): Record<string, string> {
  const csp = headers['Content-Security-Policy']!.replace(
    /style-src 'self'/,
    "style-src 'self' 'unsafe-inline'",
  );
  return { ...headers, 'Content-Security-Policy': csp };
}
