/** Short plain-text excerpts (page descriptions for search engines and chat previews). Pure. */

/** The text cut to at most `max` characters, at a sentence or word end where possible, with an ellipsis when cut. */
export function excerptOf(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const sentence = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('. '), cut.lastIndexOf(';'));
  if (sentence > max * 0.6) return cut.slice(0, sentence + 1).trim();
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 && !/\p{Script=Han}/u.test(cut.slice(space)) ? cut.slice(0, space) : cut).trim()}…`;
}
