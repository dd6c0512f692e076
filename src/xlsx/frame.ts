// The frame every data sheet shares: title, back-link to Contents, a note
// on units and periods, one header row (frozen, when it heads the sheet's
// only table), and the figure column to the right of the tables. Fixed rows
// keep formulas and chart ranges simple.
import type ExcelJS from 'exceljs';
import { internalLink } from './cells.js';
import type { WorkbookContext } from './context.js';
import { excelColor, sheetStyles } from './styles.js';

const TITLE_ROW = 1;
const LINK_ROW = 2;
const NOTE_ROW = 3;
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = 5;

interface FrameOptions {
  readonly title: string;
  readonly note?: string;
  /** Name of the Contents sheet to link back to; absent on Contents itself. */
  readonly contentsSheet?: string;
  /** Columns frozen at the left (the year or name column). */
  readonly frozenColumns?: number;
  /**
   * Whether a header row follows at HEADER_ROW (default true). The panes are
   * frozen below it; a sheet without one (the Charts sheet) freezes nothing,
   * rather than an empty row.
   */
  readonly header?: boolean;
  /**
   * More tables follow below the first, each under its own header (the CAGR
   * block and scenarios, shares, balances). Frozen panes would keep the
   * first table's header (and the title) on screen above them once their own
   * header scrolls off, and label them wrongly: "Hospitals (USD billion)"
   * above share percentages, "Actual / forecast" above the high case. Such a
   * sheet freezes only its label column, so the year or label stays in view
   * and every header scrolls with its table.
   */
  readonly tablesBelow?: boolean;
}

export function styles(ctx: WorkbookContext) {
  return sheetStyles(excelColor(ctx.palette.brand));
}

export function writeFrame(ctx: WorkbookContext, ws: ExcelJS.Worksheet, options: FrameOptions): void {
  const st = styles(ctx);
  const title = ws.getCell(TITLE_ROW, 1);
  title.value = options.title;
  title.font = st.title;
  if (options.contentsSheet) {
    const link = ws.getCell(LINK_ROW, 1);
    link.value = { text: '« Back to Contents', hyperlink: internalLink(options.contentsSheet) };
    link.font = st.link;
  }
  if (options.note) {
    const note = ws.getCell(NOTE_ROW, 1);
    note.value = options.note;
    note.font = st.note;
  }
  const xSplit = options.frozenColumns ?? 0;
  if (!(options.header ?? true)) return;
  if (!options.tablesBelow) ws.views = [{ state: 'frozen', xSplit, ySplit: HEADER_ROW }];
  else if (xSplit > 0) ws.views = [{ state: 'frozen', xSplit, ySplit: 0 }];
}

/**
 * A header row: bold on the brand colour, wrapped, and tall enough for its
 * longest label at the column widths already set (set widths first). A
 * column too narrow for the longest word of its label is widened to fit it:
 * wrapping would break the word ("Telecommunic / ations (share)").
 */
export function writeHeader(ctx: WorkbookContext, ws: ExcelJS.Worksheet, row: number, labels: readonly string[], firstCol = 1): void {
  const st = styles(ctx);
  let lines = 1;
  labels.forEach((label, i) => {
    const cell = ws.getCell(row, firstCol + i);
    cell.value = label;
    cell.font = st.headerFont;
    cell.fill = st.headerFill;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: i === 0 ? 'left' : 'center' };
    const column = ws.getColumn(firstCol + i);
    column.width = Math.max(column.width ?? DEFAULT_WIDTH, headerWordWidth(label));
    lines = Math.max(lines, wrappedLines(label, column.width));
  });
  ws.getRow(row).height = Math.max(30, 14 * lines + 4);
}

const DEFAULT_WIDTH = 9;

/** Characters of a bold header label that fit on one line of a column `width` characters wide. */
const headerRoom = (width: number) => Math.max(4, Math.floor(width * 0.9) - 1);

/** The narrowest column width at which every word of a header label fits on a line (see headerRoom). */
function headerWordWidth(label: string): number {
  const longest = label.split(/\s+/).reduce((m, w) => Math.max(m, w.length), 0);
  return Math.ceil((longest + 1) / 0.9);
}

/** Lines a label wraps to in a column of `width` characters (bold text is a little wider). */
function wrappedLines(label: string, width: number): number {
  const room = headerRoom(width);
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/)) {
    if (used > 0 && used + 1 + word.length > room) {
      lines += 1;
      used = word.length;
    } else {
      used += (used > 0 ? 1 : 0) + word.length;
    }
  }
  return lines;
}

/** Years sit in the label column: left-aligned like the labels below them. */
export function writeYear(ws: ExcelJS.Worksheet, row: number, col: number, year: number): void {
  const cell = ws.getCell(row, col);
  cell.value = year;
  cell.numFmt = '0';
  cell.alignment = { horizontal: 'left' };
}

/** A bold section heading above a secondary table on the same sheet. */
export function writeSection(ctx: WorkbookContext, ws: ExcelJS.Worksheet, row: number, text: string): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = styles(ctx).section;
}

/** Column widths in characters, by 1-based column number. */
export function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[], firstCol = 1): void {
  widths.forEach((w, i) => {
    ws.getColumn(firstCol + i).width = w;
  });
}

/** Width that fits the longest text in a column (headers wrap, so they are left out), within bounds. */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  const longest = texts.reduce((m, t) => Math.max(m, t.length), 0);
  return Math.min(max, Math.max(min, longest + 2));
}
