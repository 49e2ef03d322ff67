/** The sources a report cites, once each, in order of first use. Synthetic items. */
import { describe, expect, it } from 'vitest';
import { citedSources } from '../../src/data/report-sources.ts';

describe('citedSources', () => {
  it('lists each source once by title, in the order first cited, with an address any item gives', () => {
    const bulletin = { title: 'Fixture bulletin 2023', url: 'https://example.invalid/b' };
    expect(
      citedSources({
        values: {
          indicators: [{ source: bulletin }, {}, { source: { title: 'Fixture yearbook' } }],
          targets: [{ source: bulletin }, { source: { title: 'Fixture bulletin 2023' } }],
          projects: [{ source: { title: 'Fixture yearbook' } }],
        },
      }),
    ).toEqual([bulletin, { title: 'Fixture yearbook', url: undefined }]);
    expect(
      citedSources({
        values: {
          indicators: [{ source: { title: 'Fixture yearbook' } }],
          targets: [{ source: { title: 'Fixture yearbook', url: 'https://example.invalid/y' } }],
          projects: [],
        },
      }),
    ).toEqual([{ title: 'Fixture yearbook', url: 'https://example.invalid/y' }]);
  });
  it('is empty while nothing is reported', () => {
    expect(citedSources({ values: { indicators: [{}], targets: [], projects: [] } })).toEqual([]);
  });
});
