// Page geometry, type scale, colours and table rules of the report. The brand
// colour comes from the dataset's publisher; everything else is fixed so that
// every report of a catalogue looks alike.
import type { Node } from './nodes.js';
import { FONT_FAMILY } from './printer.js';

export const DEFAULT_BRAND = '#1f4e79';

/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
/** left, top, right, bottom */
export const MARGINS = [56, 72, 56, 62] as const;
export const CONTENT_WIDTH = PAGE.width - MARGINS[0] - MARGINS[2];
/** Running header and footer text (running.ts fits it to one line at this size). */
export const RUNNING_FONT_SIZE = 8;
/** Table cells and headers (tables/across.ts measures columns at this size). */
export const TABLE_FONT_SIZE = 8.5;
/** Left plus right padding of a table cell (tableLayout). */
export const TABLE_CELL_PADDING = 10;

export interface Theme {
  readonly brand: string;
  readonly text: string;
  readonly muted: string;
  readonly rule: string;
  readonly zebra: string;
  readonly headerFill: string;
}

export function createTheme(brandColor: string | undefined): Theme {
  return {
    brand: brandColor ?? DEFAULT_BRAND,
    text: '#1d2329',
    muted: '#5f6b76',
    rule: '#c9d1d9',
    zebra: '#f3f6f9',
    headerFill: brandColor ?? DEFAULT_BRAND,
  };
}

/**
 * Roboto's vertical metrics in ems (hhea ascender 1900 and descender -500 of
 * 2048 units per em, regular and italic alike): pdfmake sets a line of text
 * ascent + descent high, times the style's lineHeight.
 */
export const ROBOTO_EM = { ascent: 1900 / 2048, line: (1900 + 500) / 2048 } as const;

/** Body paragraphs' type (style 'body'); page-breaks.ts counts their lines with it. */
export const BODY_TEXT = { fontSize: 10, lineHeight: 1.3 } as const;

export function styles(theme: Theme): Record<string, Node> {
  return {
    chapterTitle: { fontSize: 22, bold: true, color: theme.brand, margin: [0, 0, 0, 6] },
    sectionTitle: { fontSize: 13, bold: true, color: theme.text, margin: [0, 16, 0, 6] },
    subheading: { fontSize: 10.5, bold: true, color: theme.text, margin: [0, 8, 0, 3] },
    body: { ...BODY_TEXT, margin: [0, 0, 0, 7] },
    caption: { fontSize: 8.5, color: theme.muted, margin: [0, 4, 0, 4] },
    tableCell: { fontSize: TABLE_FONT_SIZE },
    tableHeader: { fontSize: TABLE_FONT_SIZE, bold: true, color: '#ffffff' },
    factLabel: { fontSize: 8.5, color: theme.muted },
    factValue: { fontSize: 8.5 },
    frontTitle: { fontSize: 20, bold: true, color: theme.brand, margin: [0, 0, 0, 14] },
    tocChapter: { fontSize: 10.5, bold: true },
    tocSection: { fontSize: 9.5 },
    tocEntry: { fontSize: 9.5 },
    running: { fontSize: RUNNING_FONT_SIZE, color: theme.muted },
  };
}

export function defaultStyle(theme: Theme): Node {
  return { font: FONT_FAMILY, fontSize: 10, color: theme.text };
}

/** Header row in the brand colour, light zebra rows, thin rules, no verticals. */
export function tableLayout(theme: Theme): Node {
  return {
    hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows: number } }) =>
      i === 0 || i === node.table.body.length ? 0.8 : i === node.table.headerRows ? 0 : 0.4,
    vLineWidth: () => 0,
    hLineColor: (i: number, node: { table: { body: unknown[] } }) => (i === node.table.body.length ? theme.brand : theme.rule),
    fillColor: (row: number, node: { table: { headerRows: number } }) =>
      row < node.table.headerRows ? theme.headerFill : row % 2 === 0 ? theme.zebra : null,
    paddingLeft: () => TABLE_CELL_PADDING / 2,
    paddingRight: () => TABLE_CELL_PADDING / 2,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  };
}
