// A table with one column per segment across the page (years down) fits the
// text width only if every column does. pdfmake sizes a column to hold its
// widest word, and when the columns' narrowest widths do not fit the page it
// gives every '*' column the width of the widest one's widest word: one header
// such as "Transportation" among seven columns pushed the table past the
// right margin. fitAcross measures the columns as pdfmake lays them out (its
// words, the Roboto metrics pdfkit draws with), breaks a header word too wide
// for its column into hyphenated pieces on lines of their own, and says when
// the table cannot fit at all (a number is never broken), so that the caller
// lists it down the page instead.
import { sharedTextMeasurer } from '../../charts/text-metrics.js';
import { lettersOf } from '../../format/letters.js';
import { CONTENT_WIDTH, TABLE_CELL_PADDING, TABLE_FONT_SIZE } from '../theme.js';
import { pdfSegments, pdfWords } from '../words.js';

export interface AcrossColumn {
  readonly header: string;
  readonly cells: readonly string[];
}

// Points kept free in each column, against rounding where pdfkit shapes a run apart.
const SAFETY = 1;
// Letters: a broken header's pieces must stay readable.
const MIN_PIECE = 3;

// Headers are bold: Roboto Medium, as pdfmake's Roboto bold.
const widthOf = (text: string, bold: boolean) => sharedTextMeasurer().width(text, TABLE_FONT_SIZE, bold ? 'medium' : 'regular');
const widestWord = (text: string, bold: boolean) => Math.max(0, ...pdfWords(text).map((word) => widthOf(word, bold)));

/**
 * The headers to print for a table of an 'auto' first column and one '*'
 * column each for `columns`, with header words too wide broken to fit; or
 * null when a value, or a header word in pieces of MIN_PIECE letters, cannot
 * fit its column.
 */
export function fitAcross(first: AcrossColumn, columns: readonly AcrossColumn[]): string[] | null {
  // An 'auto' column gets its widest text whole when the table fits. The table
  // has no vertical rules (tableLayout), so padding is all there is between columns.
  const firstWidth = Math.max(widthOf(first.header, true), ...first.cells.map((c) => widthOf(c, false)));
  const room = (CONTENT_WIDTH - firstWidth - TABLE_CELL_PADDING) / columns.length - TABLE_CELL_PADDING - SAFETY;
  const headers: string[] = [];
  for (const column of columns) {
    if (column.cells.some((cell) => widestWord(cell, false) > room)) return null;
    const header = fitHeader(column.header, room);
    if (header === null) return null;
    headers.push(header);
  }
  return headers;
}

/** `header` with each of pdfmake's words wider than `room` broken into hyphenated pieces on lines of their own. */
function fitHeader(header: string, room: number): string | null {
  let fitted = '';
  for (const segment of pdfSegments(header)) {
    const word = segment.trim();
    if (word === '' || widthOf(word, true) <= room) {
      fitted += segment;
      continue;
    }
    const pieces = breakWord(word, room);
    if (pieces === null) return null;
    const at = segment.indexOf(word);
    fitted += segment.slice(0, at) + pieces.join('\n') + segment.slice(at + word.length);
  }
  return fitted;
}

/**
 * The word in as few pieces as fit `room`, each but the last ending in "-":
 * even pieces when they fit, else as many letters on each line as fit.
 */
function breakWord(word: string, room: number): string[] | null {
  const letters = lettersOf(word);
  const fits = (from: number, to: number) => widthOf(letters.slice(from, to).join('') + (to < letters.length ? '-' : ''), true) <= room;
  const greedy: number[] = [];
  for (let at = 0; at < letters.length; ) {
    let to = letters.length;
    while (to > at + 1 && !fits(at, to)) to--;
    if (!fits(at, to)) return null;
    greedy.push(to);
    at = to;
  }
  const evenly = (count: number) => Array.from({ length: count }, (_, i) => Math.round(((i + 1) * letters.length) / count));
  const usable = (ends: readonly number[]) =>
    ends.every((to, i) => {
      const from = i === 0 ? 0 : ends[i - 1]!;
      return to - from >= MIN_PIECE && fits(from, to);
    });
  const ends = [evenly(greedy.length), greedy, evenly(greedy.length + 1)].find(usable);
  if (ends === undefined) return null;
  return ends.map((to, i) => letters.slice(i === 0 ? 0 : ends[i - 1]!, to).join('') + (i < ends.length - 1 ? '-' : ''));
}
