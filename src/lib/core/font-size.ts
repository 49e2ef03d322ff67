/** The reading font size (小 / 中 / 大) a reader chose, as stored in localStorage. Pure. */

export const FONT_SIZES = ['small', 'medium', 'large'] as const;
export type FontSize = (typeof FONT_SIZES)[number];

/** The key under which the choice is remembered. */
export const FONT_SIZE_KEY = 'qdn-font-size';

/** A stored value read back: an unknown or missing value means the default (medium). */
export function parseFontSize(stored: string | null | undefined): FontSize {
  return (FONT_SIZES as readonly string[]).includes(stored ?? '') ? (stored as FontSize) : 'medium';
}
