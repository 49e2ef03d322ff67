/**
 * Renders one part of a checked report text to HTML: `ref:` links resolved to the plan's pages,
 * headings moved below the part's own heading, and the result passed through rehype-sanitize with
 * an allowlist, so that even a node the checker missed cannot carry script or styles. Pure.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, RootContent, Nodes } from 'mdast';
import { ALLOWED_NODES, plainText } from './report-narrative.ts';

/** Where a `ref:<id>` link goes, and the words shown when the link has none. */
export type ResolveRef = (id: string) => { href: string; label: string };
/** A path of this site (`/zh/chapters/5/`) as a link under the site's base path. */
export type SitePath = (path: string) => string;

/** Elements and attributes the rendered text may have; everything else is removed. */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    'p',
    'h3',
    'h4',
    'h5',
    'h6',
    'em',
    'strong',
    'del',
    'br',
    'code',
    'ul',
    'ol',
    'li',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
    'blockquote',
    'hr',
    'input',
  ],
  attributes: {
    a: ['href', ['className', 'ref'], 'dataRef'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    li: [['className', 'task-list-item']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobber: [],
};

/** Copies a node, dropping anything outside the allowlist and rewriting headings and ref: links. */
function prepare(node: Nodes, resolve: ResolveRef, sitePath: SitePath): Nodes | undefined {
  if (!ALLOWED_NODES.has(node.type)) return undefined;
  const copy = { ...node } as Nodes;
  if (copy.type === 'heading') copy.depth = Math.min(copy.depth + 1, 6) as typeof copy.depth;
  if ('children' in copy)
    (copy as { children: Nodes[] }).children = (node as { children: Nodes[] }).children
      .map((c) => prepare(c, resolve, sitePath))
      .filter((c): c is Nodes => c !== undefined);
  if (copy.type === 'link' && copy.url.startsWith('ref:')) {
    const id = copy.url.slice(4);
    const { href, label } = resolve(id);
    copy.url = href;
    copy.data = { hProperties: { className: ['ref'], dataRef: id } };
    if (plainText(copy).trim() === '') copy.children = [{ type: 'text', value: label }];
  } else if (copy.type === 'link' && /^\/(?!\/)/.test(copy.url)) copy.url = sitePath(copy.url);
  return copy;
}

/** The HTML of one part's nodes. */
export function narrativeHtml(
  nodes: RootContent[],
  resolve: ResolveRef,
  sitePath: SitePath = (path) => path,
): string {
  const root = prepare({ type: 'root', children: nodes }, resolve, sitePath) as Root;
  const processor = unified().use(remarkRehype).use(rehypeSanitize, SCHEMA).use(rehypeStringify);
  return processor.stringify(processor.runSync(root));
}
