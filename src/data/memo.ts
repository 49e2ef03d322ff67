/** Queries computed once per build; in `npm run dev` computed afresh, so an edited content file shows without a restart. */

/** `fn` memoized by its argument in a build (astro build), called every time in the dev server. */
export function perBuild<A, R>(fn: (arg: A) => R): (arg: A) => R {
  if (import.meta.env?.DEV) return fn;
  const results = new Map<A, R>();
  return (arg) => {
    if (!results.has(arg)) results.set(arg, fn(arg));
    return results.get(arg)!;
  };
}
