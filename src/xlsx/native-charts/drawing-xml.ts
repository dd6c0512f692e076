// The drawing-part side of a native chart: a two-cell anchor holding a
// graphic frame that points at the chart part through the drawing's rels.
// Namespaces are declared on the elements themselves so the anchor can be
// appended to exceljs's own drawing (which declares only xdr and a).
import type { CellAnchor } from './spec.js';
import { escapeXml } from '../package/xml.js';

const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function emptyDrawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"></xdr:wsDr>`;
}

const marker = (tag: string, col: number, row: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/**
 * @param shapeId unique among the drawing's shapes (exceljs numbers its pictures from 1)
 * @param caption the caption cell's text: the shape's name
 * @param altText the shape's alternative text (descr), which screen readers read and
 *   Excel's accessibility checker asks for
 */
export function chartAnchorXml(anchor: CellAnchor, relId: string, shapeId: number, caption: string, altText: string): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    marker('from', anchor.col, anchor.row) +
    marker('to', anchor.col + anchor.cols, anchor.row + anchor.rows) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(caption)}" descr="${escapeXml(altText)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Highest cNvPr id already used in a drawing, so new shapes get fresh ids. */
export function maxShapeId(drawingXml: string): number {
  return [...drawingXml.matchAll(/<xdr:cNvPr\s[^>]*?id="(\d+)"/g)].reduce((m, x) => Math.max(m, Number(x[1])), 0);
}
