// Rough heights, to decide what may be kept on one page. pdfmake moves an
// "unbreakable" block to the next page when it does not fit, but drops
// whatever of it does not fit on one page, so only blocks that surely fit may
// be marked unbreakable. These estimates err high; anything that might not fit
// comfortably is left to break normally.
import type { Node } from './nodes.js';
import type { TableSpec } from './tables/spec.js';
import { CONTENT_WIDTH, createTheme, MARGINS, PAGE, styles, TABLE_CELL_PADDING, TABLE_FONT_SIZE } from './theme.js';

/** The height of a page's body, between the margins. */
export const BODY_HEIGHT = PAGE.height - MARGINS[1] - MARGINS[3];
/** Keep-together blocks may take at most this much of a page. */
const KEEP_LIMIT = BODY_HEIGHT * 0.75;

/** Average advance of a Roboto glyph, as a share of the font size (errs wide). */
const CHAR_WIDTH = 0.52;

export function textHeight(text: string, fontSize: number, width = CONTENT_WIDTH, lineHeight = 1.3): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return lines * fontSize * lineHeight * 1.17;
}

/** Rough height of a bullet list. */
export function listHeight(items: readonly string[]): number {
  return textHeight(items.join('\n'), 10) * 1.2;
}

const STYLES = styles(createTheme(undefined));

/** A named style's font size, weight, line height and margins (the same for every brand colour). */
export function styleOf(node: Node): Node {
  return (typeof node.style === 'string' ? STYLES[node.style] : undefined) ?? {};
}

/** The text a node prints, whether a string or a list of runs. */
export function plainText(text: unknown): string {
  if (typeof text === 'string') return text;
  return Array.isArray(text) ? text.map((run) => (typeof run === 'string' ? run : plainText((run as Node).text))).join('') : '';
}

/**
 * Height of a block of text: a paragraph, a heading, a bullet list or a stack
 * of them, margins included; Infinity for anything else (tables, figures,
 * columns), which this does not estimate.
 */
export function blockHeight(node: Node): number {
  if (Array.isArray(node.stack)) return (node.stack as Node[]).reduce((sum, n) => sum + blockHeight(n), 0) + marginHeight(node.margin);
  const style = styleOf(node);
  const margins = marginHeight(node.margin ?? style.margin);
  if (node.text !== undefined) return textHeight(plainText(node.text), (style.fontSize as number | undefined) ?? 10) + margins;
  if (Array.isArray(node.ul)) return listHeight((node.ul as { text: string }[]).map((i) => i.text)) + margins;
  return Infinity;
}

function marginHeight(margin: unknown): number {
  return Array.isArray(margin) ? (margin[1] as number) + (margin[3] as number) : 0;
}

export function tableHeight(spec: TableSpec, fontSize = TABLE_FONT_SIZE): number {
  const rows = [spec.columns.map((c) => c.header), ...spec.rows];
  const auto = spec.columns.map((c, i) =>
    c.width === 'auto' ? Math.max(...rows.map((r) => (r[i] ?? '').length)) * fontSize * CHAR_WIDTH + TABLE_CELL_PADDING : 0,
  );
  const fixed = spec.columns.reduce((sum, c, i) => sum + (typeof c.width === 'number' ? c.width : auto[i]!), 0);
  const stars = spec.columns.filter((c) => c.width === undefined || c.width === '*').length;
  const starWidth = stars > 0 ? Math.max(30, (CONTENT_WIDTH - fixed) / stars) : 0;
  const widths = spec.columns.map((c, i) => (typeof c.width === 'number' ? c.width : c.width === 'auto' ? auto[i]! : starWidth));
  return rows.reduce((sum, row) => sum + Math.max(...row.map((cell, i) => textHeight(cell, fontSize, widths[i]! - TABLE_CELL_PADDING, 1.2))) + 7, 0);
}

export function fitsComfortably(height: number): boolean {
  return height <= KEEP_LIMIT;
}

/** Room for a keep-together block's own margins, which its estimate leaves out (a figure's are 14 pt). */
const KEPT_MARGINS = 20;

/**
 * Whether a block this high and any keep-together block (one that fits
 * comfortably) surely fit on one page together: a heading with a short intro
 * beside the figure it introduces (keep.ts).
 */
export function fitsBesideKept(height: number): boolean {
  return height + KEEP_LIMIT + KEPT_MARGINS <= BODY_HEIGHT;
}
