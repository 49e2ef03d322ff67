/**
 * npm runs on the machine's Node (20 on these machines) while the project runs on the Node its
 * lock file pins (the `node` package, see README). npm checks engines against its own Node, so it
 * warns (EBADENGINE) about packages that never run on it. This drops exactly those warnings whose
 * required Node range the pinned Node satisfies; every other line, and every engine warning the
 * pinned Node would fail too, is kept. Plain JavaScript: it runs before anything is installed.
 */

/**
 * The lines of npm's output without the engine warnings that the pinned Node satisfies.
 * @param {string[]} lines npm's output, line by line
 * @param {string} pinned the project's Node version, e.g. "24.21.0"
 * @param {(version: string, range: string) => boolean} satisfies semver's satisfies
 * @returns {{ kept: string[], dropped: number }}
 */
export function withoutSatisfiedEngineWarnings(lines, pinned, satisfies) {
  const kept = [];
  let block = [];
  let dropped = 0;
  for (const line of lines) {
    if (!/^npm warn EBADENGINE\b/.test(line)) {
      kept.push(...block, line);
      block = [];
      continue;
    }
    block.push(line);
    if (/^npm warn EBADENGINE }\s*$/.test(line)) {
      const required = block.join('\n').match(/required: \{[^}]*\bnode: '([^']+)'/);
      if (required && satisfies(pinned, required[1])) dropped++;
      else kept.push(...block);
      block = [];
    }
  }
  kept.push(...block);
  return { kept, dropped };
}

/**
 * The Node version the lock file pins (the `node` package), or undefined.
 * @param {string} lockText package-lock.json
 * @returns {string | undefined}
 */
export function pinnedNode(lockText) {
  return JSON.parse(lockText).packages?.['node_modules/node']?.version;
}
