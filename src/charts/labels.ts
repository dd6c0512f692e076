// Axis and legend labels written by us rather than by Vega: category names
// wrapped onto lines, year labels thinned when there are many years, tick
// labels from the Formatter. Vega gets them as a lookup expression keyed by
// the tick value.

/**
 * Splits a category name into at most `maxLines` lines at word boundaries,
 * as evenly as possible (so "Internationale Gesellschaft für ..." does not
 * leave one word alone on the first line). A name that fits `maxChars` stays
 * on one line; a name too long for `maxLines` lines gets longer lines, never
 * cut, since a cut name can misname a segment.
 */
export function wrapLabel(name: string, maxChars: number, maxLines = 2): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length <= 1 || name.length <= maxChars) return [name.trim() || name];
  const lines = Math.min(maxLines, words.length, Math.ceil(name.length / maxChars));
  return balancedSplit(words, lines);
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

/** A Vega expression that maps `datum.value` to its label (a string or lines). */
export function labelLookup(values: readonly (string | number)[], labels: readonly (string | readonly string[])[]): string {
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
