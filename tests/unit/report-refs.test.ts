/** <Ref to="…"> in the site's own pages (content/pages) and ref: ids in report texts: every id resolves against the plan's data. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { planIndex } from '../../src/loaders/plan-index.ts';
import { checkRefs, findRefs, refKind } from '../../src/lib/reports/report-refs.ts';
import { readReport, reportFolders } from '../../src/loaders/reports-loader.ts';

const refs = planIndex().refs;
const fixture = [
  '<Ref to="c13-s6-p1" /> <Ref to="forest-coverage" />',
  "<Ref to='county-natural-gas-access' />",
  '',
  '',
  '',
  '',
  '<Ref to="box-3-sanbanxi-reservoir" />',
].join('\n');

describe('<Ref>', () => {
  it('finds every citation with its line, in either quoting', () => {
    expect(findRefs(fixture).map((r) => r.id)).toEqual([
      'c13-s6-p1',
      'forest-coverage',
      'county-natural-gas-access',
      'box-3-sanbanxi-reservoir',
    ]);
    expect(findRefs(fixture).map((r) => r.line)).toEqual([1, 1, 2, 7]);
  });
  it('resolves a paragraph, an indicator, a target and a project of the real plan data', () => {
    expect(findRefs(fixture).map((r) => refKind(r.id, refs))).toEqual([
      'element',
      'indicator',
      'target',
      'project',
    ]);
    expect(checkRefs('fixture.mdx', fixture, refs)).toEqual([]);
  });
  it('names the file and line of an unknown id, and of a Ref without to', () => {
    expect(checkRefs('r/en.mdx', 'a\nsee <Ref to="c99-p1" /> and <Ref />', refs)).toEqual([
      'r/en.mdx: line 2: <Ref to="c99-p1"> names no paragraph, indicator, target or project of the plan',
      'r/en.mdx: line 2: <Ref> needs to="…" (a paragraph, indicator, target or project id)',
    ]);
  });
  it('every Ref in the committed report texts and pages resolves', () => {
    for (const name of reportFolders()) expect(() => readReport('.', name), name).not.toThrow();
    for (const file of ['content/pages/zh/method.mdx', 'content/pages/en/method.mdx']) {
      const found = findRefs(readFileSync(file, 'utf8'));
      expect(found.length, file).toBeGreaterThan(0);
      expect(checkRefs(file, readFileSync(file, 'utf8'), refs)).toEqual([]);
    }
  });
});
