// Axis and legend labels written by us rather than by Vega: category names
// wrapped onto lines, year labels thinned when there are many years, tick
// labels from the Formatter. Vega gets them as a lookup expression keyed by
// the tick value.

/**
 * Splits a category name into at most `maxLines` lines at word boundaries,
 * as evenly as possible (so "Internationale Gesellschaft für ..." does not
 * leave one word alone on the first line). A name that fits `maxChars` stays
 * on one line; a name too long for `maxLines` lines gets longer lines, never
 * cut, since a cut name can misname a segment. A single word longer than a
 * line (a compound, a name pasted without spaces) is the one exception to
 * `maxLines`: it is broken with a hyphen over as many lines as it needs, since
 * a label as wide as the chart leaves the plot no room.
 */
export function wrapLabel(name: string, maxChars: number, maxLines = 2): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.some((w) => w.length > maxChars)) return fillBreakingWords(words, maxChars);
  if (words.length <= 1 || name.length <= maxChars) return [name.trim() || name];
  const lines = Math.min(maxLines, words.length, Math.ceil(name.length / maxChars));
  return balancedSplit(words, lines);
}

/**
 * Fills lines word by word; a word longer than a line starts on a line of its
 * own and runs over the next ones, each piece but the last ending in "-".
 * Pieces are whole letters with their accents, never half a character.
 */
function fillBreakingWords(words: readonly string[], maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (word.length <= maxChars) {
      if (line !== '' && line.length + 1 + word.length <= maxChars) line += ` ${word}`;
      else {
        if (line !== '') lines.push(line);
        line = word;
      }
      continue;
    }
    if (line !== '') lines.push(line);
    const letters = word.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
    // Even pieces, so the last is not a stub of a letter or two.
    const pieces = Math.ceil(letters.length / Math.max(1, maxChars - 1));
    const per = Math.ceil(letters.length / pieces);
    for (let i = 0; i < letters.length; i += per) lines.push(`${letters.slice(i, i + per).join('')}-`);
    line = lines.pop()!.slice(0, -1);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Splits words into `lines` consecutive groups minimising the longest line (small DP; names have few words). */
function balancedSplit(words: readonly string[], lines: number): string[] {
  const joined = (i: number, j: number) => words.slice(i, j).join(' ');
  // best[k][i]: the smallest possible longest line when words[i..] fill k lines.
  const memo = new Map<string, { worst: number; cut: number }>();
  const best = (k: number, i: number): { worst: number; cut: number } => {
    const key = `${k}:${i}`;
    const hit = memo.get(key);
    if (hit) return hit;
    let result = { worst: joined(i, words.length).length, cut: words.length };
    if (k > 1) {
      for (let j = i + 1; j <= words.length - (k - 1); j++) {
        const worst = Math.max(joined(i, j).length, best(k - 1, j).worst);
        if (worst < result.worst) result = { worst, cut: j };
      }
    }
    memo.set(key, result);
    return result;
  };
  const out: string[] = [];
  let i = 0;
  for (let k = lines; k > 0 && i < words.length; k--) {
    const { cut } = best(k, i);
    out.push(joined(i, cut));
    i = cut;
  }
  return out;
}

/** A Vega expression that maps `datum.value` to its label (a string or lines), or to a number such as an offset. */
export function labelLookup(values: readonly (string | number)[], labels: readonly (string | number | readonly string[])[]): string {
  return `${JSON.stringify(labels)}[indexof(${JSON.stringify(values)}, datum.value)]`;
}

/** Most year labels fit in a band of ~30px; past that, label every n-th year. */
export function yearStride(yearCount: number, maxLabels = 14): number {
  return Math.max(1, Math.ceil(yearCount / maxLabels));
}

/** Year axis labels, blank for years skipped by the stride (the last year is always labelled). */
export function yearLabels(years: readonly number[], stride: number): string[] {
  const last = years.length - 1;
  return years.map((y, i) => ((last - i) % stride === 0 ? String(y) : ''));
}
