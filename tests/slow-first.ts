/**
 * Test files in the order that finishes soonest on two cores: the longest first (measured on a
 * 2-core machine; beforeAll builds included), then vitest's own order. Without it a long file
 * could start last and run alone while the other core idles.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST_FIRST = [
  'tests/cli/drafts.test.ts',
  'tests/site/pdf.test.ts',
  'tests/cli/reproducible-build.test.ts',
  'tests/cli/third-language.test.ts',
  'tests/cli/report-spreadsheet-as-seen.test.ts',
  'tests/cli/report-spreadsheet.test.ts',
  'tests/site/pdf-dates.test.ts',
];

const rank = (file: TestSpecification) => {
  const i = LONGEST_FIRST.findIndex((f) => file.moduleId.endsWith(f));
  return i < 0 ? LONGEST_FIRST.length : i;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}
