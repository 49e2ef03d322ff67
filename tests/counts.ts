/**
 * How many entries each register has, counted in its content file: tests compare with these, never
 * with a literal, so that a register entry added to the content changes no test. (That Table 2-1
 * has the seed's 18 indicators is proved once, cell for cell, by tests/unit/import-seed.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const entries = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/^- id: /gm)].length;

/** Indicators of Table 2-1 (content/indicators/indicators.yml). */
export const INDICATORS = entries('content/indicators/indicators.yml');
/** Quantitative targets (content/targets/targets.yml). */
export const TARGETS = entries('content/targets/targets.yml');
/** Projects and work items of the boxes (content/projects/projects.yml). */
export const PROJECTS = entries('content/projects/projects.yml');
