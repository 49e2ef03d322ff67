import { describe, expect, it } from 'vitest';
import { editDistance, nearestTerms } from '../../src/lib/search/search-suggest.ts';

const zh = ['黑臭水体', '水体', '污染防治攻坚战', '水污染防治', '碳达峰'];
const en = ['forest', 'coverage', 'forces', 'carbon peaking'];

describe('suggestions when nothing is found', () => {
  it('measures edits by character', () => {
    expect(editDistance('黑臭水休', '黑臭水体')).toBe(1);
    expect(editDistance('forrest', 'forest')).toBe(1);
    expect(editDistance('', 'ab')).toBe(2);
  });
  it('suggests the term one slip away', () => {
    expect(nearestTerms('黑臭水休', zh)).toEqual(['黑臭水体']);
    expect(nearestTerms('forrest', en)).toEqual(['forest']);
    expect(nearestTerms('carbon peeking', en)).toEqual(['carbon peaking']);
  });
  it('suggests terms sharing pieces for a wording the plan does not use', () => {
    expect(nearestTerms('水污染防治法', zh)[0]).toBe('水污染防治');
    expect(nearestTerms('大气质量', zh)).toEqual([]);
  });
  it('never suggests the query itself', () => {
    expect(nearestTerms('forest', en)).not.toContain('forest');
  });
});
