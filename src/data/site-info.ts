/**
 * What the About page says about the site: who runs it (content/site/operator.yml), the plan's
 * own record (content/plan/publication.yml), and when the content last changed (the date of the
 * last commit that touched content/ or seeds/, so two builds of one commit agree).
 */
import { execFileSync } from 'node:child_process';
import { getEntry } from 'astro:content';

/** YYYY-MM-DD of the last commit that changed the content, or undefined outside a git checkout. */
export function lastContentChange(cwd = '.'): string | undefined {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content', 'seeds'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  } catch {
    return undefined;
  }
}

export async function getSiteInfo() {
  const operator = (await getEntry('operator', 'operator'))!.data;
  const record = (await getEntry('publication', 'plan'))!.data;
  return { operator, record, changed: lastContentChange() };
}
