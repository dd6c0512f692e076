// How many pages the contents take, worked out before pdfmake lays them out,
// so that front.ts can set them a little tighter when that saves a page (a
// last contents page holding one chapter's three or four lines, in 6 of 58
// PDFs of two generated catalogues, reads as a page left over). Unlike the
// keep-together estimates of fit.ts, which only need to err high, this
// measures: every entry is text in Roboto, measured with the fonts pdfmake
// sets it in, a line is the font's line height, and a group of rows that does
// not fit at the foot of a page moves whole to the next, as pdfmake moves it.
import { sharedTextMeasurer } from '../charts/text-metrics.js';
import { BODY_HEIGHT, plainText, styleOf } from './fit.js';
import type { Node } from './nodes.js';
import { CONTENT_WIDTH, ROBOTO_EM } from './theme.js';

/**
 * Pages taken by `lead` (text blocks set across the page: the title, the
 * sample's note) and then a two-column table (widths ['*', 'auto'], the first
 * column `gap` clear of the second) of `groups` of rows, each group kept on
 * one page.
 */
export function tablePages(lead: readonly Node[], groups: readonly (readonly Node[][])[], gap: number): number {
  const second = Math.max(0, ...groups.flatMap((rows) => rows.map((row) => textWidth(row[1]!))));
  const rowHeight = (row: Node[]) => Math.max(textHeight(row[0]!, CONTENT_WIDTH - second - gap), textHeight(row[1]!, second));
  let pages = 1;
  let used = lead.reduce((sum, node) => sum + textHeight(node, CONTENT_WIDTH), 0);
  for (const rows of groups) {
    const height = rows.reduce((sum, row) => sum + rowHeight(row), 0);
    if (used + height > BODY_HEIGHT && used > 0) {
      pages += 1;
      used = 0;
    }
    used += height;
  }
  return pages;
}

interface Type {
  readonly text: string;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly lineHeight: number;
  readonly margin: readonly number[];
}

/** What a text node prints and in what type: its own properties over its style's. A page number, written after layout, gets room for three digits. */
function typeOf(node: Node): Type {
  const style = styleOf(node);
  const pick = <T>(key: string, fallback: T): T => (node[key] ?? style[key] ?? fallback) as T;
  return {
    text: node.pageReference !== undefined ? '000' : plainText(node.text),
    fontSize: pick('fontSize', 10),
    bold: pick('bold', false),
    lineHeight: pick('lineHeight', 1),
    margin: pick('margin', [0, 0, 0, 0]),
  };
}

function textHeight(node: Node, width: number): number {
  const t = typeOf(node);
  const [left, top, right, bottom] = t.margin as [number, number, number, number];
  const lines = lineCount(t, width - left - right);
  return lines * t.fontSize * ROBOTO_EM.line * t.lineHeight + top + bottom;
}

function textWidth(node: Node): number {
  const t = typeOf(node);
  return measure(t.text, t) + (t.margin[0] ?? 0) + (t.margin[2] ?? 0);
}

function measure(text: string, t: Type): number {
  return sharedTextMeasurer().width(text, t.fontSize, t.bold ? 'medium' : 'regular');
}

/** Lines a text takes, broken at spaces (a word longer than a line gets a line of its own). */
function lineCount(t: Type, width: number): number {
  let lines = 1;
  let line = '';
  for (const word of t.text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next, t) > width) {
      lines += 1;
      line = word;
    } else line = next;
  }
  return lines;
}

