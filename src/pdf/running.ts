// Running header (report title, current chapter) and footer (publisher, page
// X of Y). Each chapter is a pdfmake section with its own header, so the
// chapter name is right on every page without a second layout pass. Each
// stays on one line: a title too long for it ("... Market Size, Share and
// Trends Analysis Report by Type, by Application, ...") is cut at a word and
// ends in "…", as it would otherwise wrap into the page's top margin.
import { sharedTextMeasurer } from '../charts/text-metrics.js';
import { lettersOf } from '../format/letters.js';
import type { Node } from './nodes.js';
import { CONTENT_WIDTH, MARGINS, RUNNING_FONT_SIZE, type Theme } from './theme.js';

/** Space between the left and the right text, and a little against rounding in pdfkit's shaping. */
const GAP = 16;
const widthOf = (text: string) => sharedTextMeasurer().width(text, RUNNING_FONT_SIZE);

/**
 * `left` and `right` cut to share one line: the right text keeps what it
 * needs up to half the line, the left text gets the rest.
 */
export function fitRunningLine(left: string, right: string, width = CONTENT_WIDTH): [string, string] {
  const fittedRight = fitText(right, width / 2, widthOf);
  const room = width - (fittedRight === '' ? 0 : widthOf(fittedRight) + GAP);
  return [fitText(left, room, widthOf), fittedRight];
}

/** `text` if it fits `max`; otherwise its longest start ending at a word (or, for one long word, a letter with its accents) plus "…". */
export function fitText(text: string, max: number, measure: (s: string) => number): string {
  if (measure(text) <= max) return text;
  const fits = (s: string) => measure(`${s}…`) <= max;
  const words = text.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept === '' ? word : `${kept} ${word}`;
    if (!fits(next)) break;
    kept = next;
  }
  if (kept === '') {
    const chars = lettersOf(text);
    let n = chars.length;
    while (n > 0 && !fits(chars.slice(0, n).join(''))) n--;
    kept = chars.slice(0, n).join('');
  }
  // "by Type, by Application…", not "by Type, by Application, by…": no dangling comma or small word.
  let end = kept;
  for (let prev = ''; prev !== end; ) {
    prev = end;
    end = end.replace(/[\s,;:–-]+$/u, '').replace(/(?<=\S)\s+(?:and|or|by|of|the|for|in|on|to|with|&)$/iu, '');
  }
  return `${end}…`;
}

/**
 * Style of every header and footer node. pdfmake lists header and footer
 * nodes among a page's nodes; the page-break rules (page-breaks.ts) skip them by this name.
 */
export const RUNNING = 'running';

export function runningHeader(fullTitle: string, fullRight: string, theme: Theme) {
  const [title, right] = fitRunningLine(fullTitle, fullRight);
  return (): Node => ({
    margin: [MARGINS[0], 30, MARGINS[2], 0],
    style: RUNNING,
    stack: [
      {
        style: RUNNING,
        columns: [
          { text: title, style: RUNNING, width: '*' },
          { text: right, style: RUNNING, alignment: 'right', width: 'auto' },
        ],
      },
      { style: RUNNING, canvas: [{ type: 'line', x1: 0, y1: 5, x2: CONTENT_WIDTH, y2: 5, lineWidth: 0.5, lineColor: theme.rule }] },
    ],
  });
}

export function runningFooter(fullPublisher: string) {
  // Room for the widest page count a report reaches.
  const [publisher] = fitRunningLine(fullPublisher, 'Page 9999 of 9999');
  return (page: number, pages: number): Node => ({
    margin: [MARGINS[0], 24, MARGINS[2], 0],
    style: RUNNING,
    columns: [
      { text: publisher, style: RUNNING, width: '*' },
      { text: `Page ${page} of ${pages}`, style: RUNNING, alignment: 'right', width: 'auto' },
    ],
  });
}
