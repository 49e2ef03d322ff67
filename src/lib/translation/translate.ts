/** Interface strings by key, with {name} placeholders filled in. Pure: the strings are passed in. */

/** Placeholder names in a string's wording, in order of first appearance. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]!))];
}

/** Fills {name} placeholders; a placeholder without a value throws, naming the key and the name. */
export function interpolate(
  key: string,
  text: string,
  vars: Record<string, string | number> = {},
): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined)
      throw new Error(`content/i18n: UI string "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

/**
 * t(key, vars) over one language's strings; an unknown key throws naming the file. t.raw(key) skips
 * filling (templates for scripts); t.dynamic(key, vars) is t for keys made from data (units, statuses).
 */
export function translator(strings: Record<string, string>, file: string) {
  const lookup = (key: string): string => {
    const value = Object.hasOwn(strings, key) ? strings[key] : undefined;
    if (value === undefined)
      throw new Error(`content/i18n/${file}.yml: UI string "${key}" is not defined`);
    return value;
  };
  const t = (key: string, vars?: Record<string, string | number>) =>
    interpolate(key, lookup(key), vars);
  return Object.assign(t, { raw: lookup, dynamic: t });
}
