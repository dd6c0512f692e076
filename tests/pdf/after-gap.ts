// Test helper: prints a spacer line `gap` points down the first page, then one
// block, in the report's page geometry, styles and fonts, and tells on which
// page a line starting with a given text lands. Page-break tests move the
// block down the page a point at a time to find where it would break.
import type { Node } from '../../src/pdf/nodes.js';
import { printPdf } from '../../src/pdf/printer.js';
import { createTheme, defaultStyle, styles } from '../../src/pdf/theme.js';
import { readPdf } from './pdf-text.js';

/** The 1-based page of the first line starting with `start` (0: none). */
export type PageOf = (start: string) => number;

export async function pagesAfterGap(gap: number, block: Node, theme = createTheme(undefined)): Promise<PageOf> {
  const doc = {
    pageSize: 'A4',
    pageMargins: [56, 72, 56, 62] as const,
    info: { creationDate: new Date('2024-01-01T00:00:00Z') },
    defaultStyle: defaultStyle(theme),
    styles: styles(theme),
    content: [{ canvas: [{ type: 'line', x1: 0, y1: gap, x2: 1, y2: gap, lineWidth: 0.1 }] }, block],
  };
  const text = await readPdf(await printPdf(doc, { allowedDirs: [] }));
  return (start) => text.pages.findIndex((lines) => lines.some((l) => l.text.startsWith(start))) + 1;
}
