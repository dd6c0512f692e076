// Running header (report title, current chapter) and footer (publisher, page
// X of Y). Each chapter is a pdfmake section with its own header, so the
// chapter name is right on every page without a second layout pass.
import type { Node } from './nodes.js';
import { CONTENT_WIDTH, MARGINS, type Theme } from './theme.js';

/**
 * Style of every header and footer node. pdfmake lists header and footer
 * nodes among a page's nodes; the page-break rules (page-breaks.ts) skip them by this name.
 */
export const RUNNING = 'running';

export function runningHeader(title: string, right: string, theme: Theme) {
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

export function runningFooter(publisher: string) {
  return (page: number, pages: number): Node => ({
    margin: [MARGINS[0], 24, MARGINS[2], 0],
    style: RUNNING,
    columns: [
      { text: publisher, style: RUNNING, width: '*' },
      { text: `Page ${page} of ${pages}`, style: RUNNING, alignment: 'right', width: 'auto' },
    ],
  });
}
