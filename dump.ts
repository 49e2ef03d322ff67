import { readFileSync } from 'node:fs';
import { parseMdxBlocks } from '/work/main/src/lib/mdx-blocks.ts';
for (const n of process.argv.slice(2)) {
  const nn = n.padStart(2, '0');
  const zh = parseMdxBlocks(readFileSync(`content/plan/zh/${nn}.mdx`, 'utf8'));
  const en = new Map(parseMdxBlocks(readFileSync(`content/plan/en/${nn}.mdx`, 'utf8')).map((b) => [b.id, b]));
  for (const z of zh) { if (z.tag === 'Note') continue; const e = en.get(z.id)!; console.log(`[${z.id}] ${z.attrs.label ?? ''}${z.attrs.title ?? ''}${z.text}\n  => ${e.attrs.label ?? ''} ${e.attrs.title ?? ''} ${e.text}`); }
}
