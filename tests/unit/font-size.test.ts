import { describe, expect, it } from 'vitest';
import { parseFontSize } from '../../src/lib/core/font-size.ts';

describe('parseFontSize', () => {
  it('reads back a stored reading size, and anything else as medium', () => {
    expect(parseFontSize('large')).toBe('large');
    expect(parseFontSize('small')).toBe('small');
    expect(parseFontSize('huge')).toBe('medium');
    expect(parseFontSize(null)).toBe('medium');
  });
});
