/**
 * The site's own Chinese follows GB/T 15834: full-width ，；：？！（） in Chinese text. A half-width
 * mark counts as misplaced when a Chinese character (or Chinese punctuation) touches it on either
 * side; a parenthesis also when its partner is misplaced, so that （APA） is one pair. Text in
 * `code`, {placeholders} and Markdown link targets `](…)` is left alone. Pure; the plan's own text
 * is never passed here (it stays as published).
 */

const FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…]/u;

/** The positions of half-width marks that should be full-width in a Chinese text. */
function misplaced(text: string): number[] {
  const found = new Set<number>();
  const open: { at: number; hit: boolean }[] = [];
  let code = false;
  let braces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '`') code = !code;
    if (code) continue;
    if (c === '{') braces++;
    if (c === '}') braces = Math.max(0, braces - 1);
    if (braces > 0 || !(c in FULL)) continue;
    if (c === '(' && text[i - 1] === ']') {
      // A Markdown link target: skip to its end.
      const end = text.indexOf(')', i);
      i = end < 0 ? text.length : end;
      continue;
    }
    const touches = CHINESE.test(text[i - 1] ?? '') || CHINESE.test(text[i + 1] ?? '');
    if (c === '(') open.push({ at: i, hit: touches });
    else if (c === ')') {
      const partner = open.pop();
      if (touches || partner?.hit) {
        found.add(i);
        if (partner) found.add(partner.at);
      }
    } else if (touches) found.add(i);
  }
  for (const left of open) if (left.hit) found.add(left.at);
  return [...found].sort((a, b) => a - b);
}

/** Each misplaced half-width mark with a little of the text around it. */
export function halfWidthInChinese(text: string): string[] {
  return misplaced(text).map((i) => text.slice(Math.max(0, i - 6), i + 6));
}

/** The text with every misplaced half-width mark made full-width (and no space after it). */
export function toFullWidth(text: string): string {
  // A mark made full-width can make its neighbour misplaced too ("）;"): repeat until stable.
  const once = fullWidthOnce(text);
  return once === text ? text : toFullWidth(once);
}

function fullWidthOnce(text: string): string {
  const at = new Set(misplaced(text));
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!at.has(i)) out += c;
    else {
      out = c === '(' ? out.replace(/ $/, '') : out;
      out += FULL[c];
      if (text[i + 1] === ' ' && c !== '(') i++;
    }
  }
  return out;
}
