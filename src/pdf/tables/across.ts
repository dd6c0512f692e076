// A table with one column per segment across the page (years down) fits the
// text width only if every column does. pdfmake never breaks a word, and when
// the columns' shortest widths do not fit it gives every '*' column the width
// of the widest one's longest word: one header such as "Transportation" among
// seven columns pushed the table past the right margin. fitAcross measures
// the columns as pdfmake will lay them out, with the same Roboto metrics,
// breaks a header word too long for its column with a hyphen, on lines of its
// own, and says when the table cannot fit at all (a number never breaks), so
// that the caller lists it down the page instead.
import { sharedTextMeasurer } from '../../charts/text-metrics.js';
import { NO_BREAK_SPACES } from '../../format/no-break-spaces.js';
import { CONTENT_WIDTH, TABLE_CELL_PADDING, TABLE_FONT_SIZE } from '../theme.js';

export interface AcrossColumn {
  readonly header: string;
  readonly cells: readonly string[];
}

// pdfkit and fontkit may round a shaped width differently; a point per column keeps clear of it.
const SAFETY = 1;
// Letters: a broken header's pieces must stay readable.
const MIN_PIECE = 3;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
// Where pdfmake may break a cell's text: white space other than the no-break spaces.
const BETWEEN_WORDS = new RegExp(`[^\\S${NO_BREAK_SPACES}]+`);

const widthOf = (text: string, bold: boolean) => sharedTextMeasurer().width(text, TABLE_FONT_SIZE, bold ? 'medium' : 'regular');

/**
 * The headers to print for a table of an 'auto' first column and one '*'
 * column each for `columns`, with long header words broken to fit; or null
 * when a value (or a header word, in pieces of at least MIN_PIECE letters)
 * cannot fit its column.
 */
export function fitAcross(first: AcrossColumn, columns: readonly AcrossColumn[]): string[] | null {
  // An 'auto' column is as wide as its widest text when the table has room for it.
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

function widestWord(text: string, bold: boolean): number {
  return Math.max(0, ...text.split(BETWEEN_WORDS).map((word) => widthOf(word, bold)));
}

/**
 * `header` with each word wider than `room` broken into hyphenated pieces on
 * lines of their own; null if a piece would be too short. pdfmake may already
 * break after a word's own hyphen, so the parts between hyphens are what must fit.
 */
function fitHeader(header: string, room: number): string | null {
  const fitted: string[] = [];
  for (const word of header.split(' ')) {
    const parts: string[] = [];
    for (const part of word.split(/(?<=-)/)) {
      if (widthOf(part, true) <= room) {
        parts.push(part);
        continue;
      }
      const pieces = breakWord(part, room);
      if (pieces === null) return null;
      parts.push(pieces.join('\n'));
    }
    fitted.push(parts.join(''));
  }
  return fitted.join(' ');
}

/** The word in as few pieces as fit `room`, each but the last ending in "-", as even as the letters allow. */
function breakWord(word: string, room: number): string[] | null {
  const letters = Array.from(graphemes.segment(word), (g) => g.segment);
  const fits = (from: number, to: number, last: boolean) => widthOf(letters.slice(from, to).join('') + (last ? '' : '-'), true) <= room;
  // Greedy first, for the number of pieces.
  const cuts: number[] = [];
  for (let at = 0; at < letters.length; ) {
    let to = letters.length;
    while (to > at && !fits(at, to, to === letters.length)) to--;
    if (to - at < MIN_PIECE && to < letters.length) return null;
    if (to === at) return null;
    cuts.push(to);
    at = to;
  }
  // Then the same number of pieces, evenly, if they fit.
  const count = cuts.length;
  const even = Array.from({ length: count }, (_, i) => Math.round(((i + 1) * letters.length) / count));
  const ends = even.every((to, i) => fits(i === 0 ? 0 : even[i - 1]!, to, i === count - 1)) ? even : cuts;
  const pieces = ends.map((to, i) => letters.slice(i === 0 ? 0 : ends[i - 1]!, to).join(''));
  if (pieces.some((piece) => [...piece].length < MIN_PIECE)) return null;
  return pieces.map((piece, i) => (i < pieces.length - 1 ? `${piece}-` : piece));
}
