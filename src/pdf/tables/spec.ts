// A table as data (columns and formatted cells), and its pdfmake node: the
// header row repeats on every page the table spans, rows never split, numbers
// are right-aligned, the caption sits above and is listed in the list of tables.
import type { CaptionRef } from '../../outline/types.js';
import type { Node } from '../nodes.js';
import { fitsComfortably, tableHeight } from '../fit.js';
import { tableLayout, type Theme } from '../theme.js';

export interface Column {
  readonly header: string;
  /** Numbers right, text left. */
  readonly align: 'left' | 'right';
  readonly width?: number | '*' | 'auto';
}

export interface TableSpec {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
  /** Indexes of rows set in bold (totals). */
  readonly emphasis?: readonly number[];
  /** A line under the table (units, what an abbreviation means). */
  readonly note?: string;
  /**
   * Rows come in groups of this many (one segment's years) that share their
   * first cell: each group is printed as one row that never breaks, its first
   * cell once, so that no group is split across pages.
   */
  readonly rowGroup?: number;
}

/** What a table cell without a figure shows: an en dash (U+2013). */
export const NO_FIGURE = '\u2013';


export function captionNode(ref: CaptionRef, caption: string, theme: Theme): Node {
  return { text: captionText(ref, caption, theme), style: 'caption', id: ref.anchor };
}

/** "Figure 3.2: caption" with the label in bold, under the figure or table and in the lists of figures and tables. */
export function captionText(ref: CaptionRef, caption: string, theme: Theme): Node[] {
  return [{ text: `${ref.label}: `, bold: true, color: theme.text }, { text: caption }];
}

/** Line height of a grouped row's lines: the pitch of a row of its own, less its padding. */
const GROUP_LINE_HEIGHT = 1.5;

/** Each group of `size` rows as one row: its first cell once, every other cell its rows' cells one under another. */
function groupedRows(spec: TableSpec, size: number): Node[][] {
  const groups: (readonly string[])[][] = [];
  for (let r = 0; r < spec.rows.length; r += size) groups.push(spec.rows.slice(r, r + size));
  return groups.map((rows) =>
    spec.columns.map((column, i) => ({
      text: i === 0 ? rows[0]![0]! : rows.map((row) => row[i]!).join('\n'),
      style: 'tableCell',
      alignment: column.align,
      lineHeight: GROUP_LINE_HEIGHT,
    })),
  );
}

export function tableNode(spec: TableSpec, ref: CaptionRef, theme: Theme): Node[] {
  const header = spec.columns.map((c) => ({ text: c.header, style: 'tableHeader', alignment: c.align }));
  const body = spec.rowGroup ? groupedRows(spec, spec.rowGroup) : spec.rows.map((row, r) =>
    row.map((cell, i) => ({
      text: cell,
      style: 'tableCell',
      alignment: spec.columns[i]!.align,
      ...(spec.emphasis?.includes(r) ? { bold: true } : {}),
    })),
  );
  const caption = captionNode(ref, ref.caption ?? '', theme);
  const table: Node = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: spec.columns.map((c) => c.width ?? '*'),
      body: [header, ...body],
    },
    layout: tableLayout(theme),
    margin: [0, 0, 0, spec.note ? 2 : 10],
  };
  const note: Node[] = spec.note ? [{ text: spec.note, style: 'caption', margin: [0, 0, 0, 10] }] : [];
  // A table that surely fits on a page moves to the next one whole, caption
  // and note included; a longer one breaks between rows, repeating its header
  // row, and its caption asks not to end a page alone.
  if (fitsComfortably(tableHeight(spec) + 40)) return [{ stack: [caption, table, ...note], unbreakable: true }];
  return [{ ...caption, headlineLevel: 2 }, table, ...note];
}

