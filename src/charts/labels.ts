// Axis and legend labels written by us rather than by Vega: category names
// wrapped onto lines, year labels thinned when there are many years, tick
// labels from the Formatter. Vega gets them as a lookup expression keyed by
// the tick value.
import { lettersOf } from '../format/letters.js';
import { NO_BREAK_SPACES } from '../format/no-break-spaces.js';

// White space other than the no-break spaces.
const BETWEEN_WORDS = new RegExp(`[^\\S${NO_BREAK_SPACES}]+`);
// A line may end after these inside a word, with nothing added (not after U+2011, the non-breaking hyphen).
const BREAK_AFTER = /^[-/\u2010\u2012-\u2014]$/;

/**
 * Splits a category name into lines: at most `maxLines`, at word boundaries,
 * as evenly as possible (so "Internationale Gesellschaft für ..." does not
 * leave one word alone on the first line). A name that fits `maxChars` stays
 * on one line; a name too long for `maxLines` lines gets longer lines, never
 * cut, since a cut name can misname a segment. No-break spaces hold their
 * words together, as they do in the PDF.
 *
 * The exception is a word longer than a whole line (a compound, a web
 * address, a name pasted without spaces): a label as wide as the chart would
 * leave the plot no room. Such a name is filled line by line, as many lines
 * as it needs, and the long word is broken after its own hyphens or slashes
 * where it has them, otherwise into even pieces that end in an added "-".
 * Lengths there count letters with their accents, and a break never parts
 * them.
 */
export function wrapLabel(name: string, maxChars: number, maxLines = 2): string[] {
  const words = name.split(BETWEEN_WORDS).filter((w) => w !== '');
  if (words.some((w) => widthOf(w) > maxChars)) return fillBreakingWords(words, maxChars);
  const width = widthOf(name);
  if (words.length <= 1 || width <= maxChars) return [name.trim() || name];
  const lines = Math.min(maxLines, words.length, Math.ceil(width / maxChars));
  return balancedSplit(words, lines);
}

/** A label's width in letters: one for a letter with its accents, however it is encoded. */
function widthOf(text: string): number {
  // Plain text (no marks, no surrogates, no joiners) is counted without segmenting it.
  return /^[\u0000-\u02ff]*$/.test(text) ? text.length : lettersOf(text).length;
}

interface Piece {
  readonly text: string;
  readonly letters: number;
  /** The first piece of a word: a space comes before it unless it starts a line. */
  readonly startsWord: boolean;
  /** Its word goes on with no break of its own: a line ending here gets a "-". */
  readonly needsHyphen: boolean;
}

/** Fills lines piece by piece, a word's pieces glued together on a line. */
function fillBreakingWords(words: readonly string[], maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0; // of the line, in letters
  let open = false;
  for (const piece of words.flatMap((w) => piecesOf(w, maxChars))) {
    const space = piece.startsWord && line !== '' ? 1 : 0;
    if (line === '' || width + space + piece.letters + (piece.needsHyphen ? 1 : 0) <= maxChars) {
      line += space ? ` ${piece.text}` : piece.text;
      width += space + piece.letters;
    } else {
      lines.push(open ? `${line}-` : line);
      line = piece.text;
      width = piece.letters;
    }
    open = piece.needsHyphen;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A word in pieces no longer than a line: whole if it fits, else its parts
 * after each hyphen or slash, and a part still too long in even pieces with
 * room for the added hyphen.
 */
function piecesOf(word: string, maxChars: number): Piece[] {
  const letters = lettersOf(word);
  if (letters.length <= maxChars) return [{ text: word, letters: letters.length, startsWord: true, needsHyphen: false }];
  const parts: string[][] = [[]];
  for (const letter of letters) {
    parts[parts.length - 1]!.push(letter);
    if (BREAK_AFTER.test(letter)) parts.push([]);
  }
  const room = Math.max(1, maxChars - 1);
  return parts
    .filter((part) => part.length > 0)
    .flatMap((part, p) => {
      const count = part.length <= maxChars ? 1 : Math.ceil(part.length / room);
      const base = Math.floor(part.length / count);
      const longer = part.length % count; // the first `longer` pieces get one letter more
      const pieces: Piece[] = [];
      for (let i = 0, at = 0; i < count; i++) {
        const size = base + (i < longer ? 1 : 0);
        pieces.push({ text: part.slice(at, at + size).join(''), letters: size, startsWord: p === 0 && i === 0, needsHyphen: i < count - 1 });
        at += size;
      }
      return pieces;
    });
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
    let result = { worst: widthOf(joined(i, words.length)), cut: words.length };
    if (k > 1) {
      for (let j = i + 1; j <= words.length - (k - 1); j++) {
        const worst = Math.max(widthOf(joined(i, j)), best(k - 1, j).worst);
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

/**
 * Which of `count` evenly spaced items get a label when only every stride-th
 * fits: the last always; the anchor (the base year) too, unless it sits less
 * than a stride before the last; and every stride-th item from the anchor both
 * ways. No two labels are closer than a stride, none further apart than two.
 * Without an anchor in range, every stride-th item counting back from the last.
 */
export function labelledIndices(count: number, stride: number, anchor = count - 1): Set<number> {
  const last = count - 1;
  const from = anchor >= 0 && anchor <= last && last - anchor >= stride ? anchor : last;
  const out = new Set<number>();
  for (let i = from; i >= 0; i -= stride) out.add(i);
  for (let i = from + stride; i <= last - stride; i += stride) out.add(i);
  if (count > 0) out.add(last);
  return out;
}

/** Year axis labels, blank for years skipped by the stride (the last and the base year are labelled; see labelledIndices). */
export function yearLabels(years: readonly number[], stride: number, baseYear?: number): string[] {
  const shown = labelledIndices(years.length, stride, baseYear === undefined ? undefined : years.indexOf(baseYear));
  return years.map((y, i) => (shown.has(i) ? String(y) : ''));
}
