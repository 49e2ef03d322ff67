/** Whether report MDX renders with the components the site provides: compiled and run with a stub JSX runtime (nothing is rendered). */
import { evaluate } from '@mdx-js/mdx';

export interface MdxRenderProblem {
  line: number | undefined;
  message: string;
}

const Fragment = Symbol('Fragment');
/** Calls function components (MDX's own content function and provided stubs) so that a missing component throws, as it would on the page. */
const jsx = (type: unknown, props: Record<string, unknown>): unknown =>
  typeof type === 'function' ? (type as (p: unknown) => unknown)(props) : null;

/** Problems of an MDX body (front matter removed, lines kept): syntax errors with their line, components the site does not provide. */
export async function mdxRenderProblems(
  body: string,
  provided: readonly string[],
): Promise<MdxRenderProblem[]> {
  let content: (props: { components: Record<string, unknown> }) => unknown;
  try {
    content = (
      await evaluate(body, { Fragment, jsx, jsxs: jsx } as unknown as Parameters<
        typeof evaluate
      >[1])
    ).default as typeof content;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return [{ line: e.line, message: `MDX 语法错误 / not valid MDX: ${e.reason ?? e.message}` }];
  }
  try {
    content({ components: Object.fromEntries(provided.map((name) => [name, () => null])) });
  } catch (error) {
    const name = /component `([^`]+)`/.exec((error as Error).message)?.[1];
    if (!name)
      return [
        { line: undefined, message: `MDX 无法渲染 / does not render: ${(error as Error).message}` },
      ];
    const line = body.split('\n').findIndex((l) => l.includes(`<${name}`)) + 1 || undefined;
    const allowed = provided.length ? provided.join(', ') : '(none yet)';
    return [
      {
        line,
        message: `网站没有组件 <${name}> / the site has no component <${name}> for report text (available: ${allowed})`,
      },
    ];
  }
  return [];
}
