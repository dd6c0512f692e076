// Draws a chart SVG (the subset parse.ts reads and check() accepts) onto a
// pdfkit document with pdfkit's own path, colour and text operators.
//
// Why not svg-to-pdfkit, which pdfmake ships: it defines its ~40 element
// classes inside the function it exports, so every chart it draws creates new
// constructors, hence new hidden classes, and V8 throws away and recompiles its
// optimised code chart after chart (a report draws 26 charts). Profiles of a
// batch showed that recompilation as a quarter of all CPU time. Our charts use
// a small, fixed part of SVG (vega's output: groups, paths, lines, rects and
// text with translate/rotate), which this module draws directly; an SVG with
// anything outside that part is left to svg-to-pdfkit (see install.ts).
import type { SvgNode } from './parse.js';

/** The pdfkit calls used here. */
export interface PdfDoc {
  save(): PdfDoc;
  restore(): PdfDoc;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): PdfDoc;
  rect(x: number, y: number, w: number, h: number): PdfDoc;
  clip(): PdfDoc;
  path(d: string): PdfDoc;
  moveTo(x: number, y: number): PdfDoc;
  lineTo(x: number, y: number): PdfDoc;
  fill(): PdfDoc;
  stroke(): PdfDoc;
  fillAndStroke(): PdfDoc;
  fillColor(color: string, opacity?: number): PdfDoc;
  strokeColor(color: string, opacity?: number): PdfDoc;
  lineWidth(w: number): PdfDoc;
  miterLimit(m: number): PdfDoc;
  dash(length: number[], options?: { phase?: number }): PdfDoc;
  font(src: unknown): PdfDoc;
  fontSize(size: number): PdfDoc;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, options: Record<string, unknown>): PdfDoc;
  _fillColor?: unknown;
  x: number;
  y: number;
}

export interface DrawOptions {
  readonly x: number;
  readonly y: number;
  /** The size pdfmake laid the chart out at, in points (the SVG's px are points, as pdfmake's assumePt). */
  readonly width: number;
  readonly height: number;
  /** pdfmake's font lookup: family list, bold, italic -> what doc.font() takes. */
  readonly font: (family: string, bold: boolean, italic: boolean) => unknown;
}

type Matrix = readonly [number, number, number, number, number, number];

interface Style {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly miterLimit: number;
  readonly dash: string;
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly fontWeight: string;
  readonly textAnchor: string;
}

const INITIAL: Style = {
  fill: '#000000',
  stroke: 'none',
  strokeWidth: 1,
  miterLimit: 4,
  dash: 'none',
  fontFamily: 'Roboto',
  fontSize: 16,
  fontWeight: 'normal',
  textAnchor: 'start',
};

// ---------------------------------------------------------------- what is accepted

/** Attributes that change nothing on paper (structure, accessibility, interaction). */
const INERT = new Set(['class', 'role', 'aria-hidden', 'aria-label', 'aria-roledescription', 'pointer-events', 'xmlns', 'xmlns:xlink', 'version']);
const PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-miterlimit', 'stroke-dasharray', 'opacity', 'display', 'transform'];
const FONT = ['font-family', 'font-size', 'font-weight', 'text-anchor'];
const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  svg: new Set(['width', 'height', 'viewBox']),
  g: new Set([...PAINT, ...FONT]),
  rect: new Set([...PAINT, 'x', 'y', 'width', 'height']),
  path: new Set([...PAINT, 'd']),
  line: new Set([...PAINT, 'x1', 'y1', 'x2', 'y2']),
  text: new Set([...PAINT, ...FONT]),
  tspan: new Set(['x', 'dy']),
};
const COLOR = /^(?:none|#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6})$/;
/** Attributes holding one number. */
const NUMERIC = new Set(['stroke-width', 'stroke-miterlimit', 'font-size', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dy', 'width', 'height']);
/** Attributes a child inherits (the presentation attributes cascade() reads). */
const INHERITED = new Set(['fill', 'stroke', 'stroke-width', 'stroke-miterlimit', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'text-anchor']);
/** A number, optionally in px (the SVG's user unit, which is a point here). */
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?(?:px)?$/i;

/** True when every element and attribute of the tree is one this module draws exactly. */
export function check(node: SvgNode, parent?: string, inheritedStroke = 'none'): boolean {
  const allowed = ALLOWED[node.tag];
  if (!allowed) return false;
  // drawText() fills glyphs only: a stroke on text, its own or a group's, is left to svg-to-pdfkit.
  const stroke = node.attrs.get('stroke') ?? inheritedStroke;
  if (node.tag === 'text' && stroke !== 'none') return false;
  if (node.tag === 'svg' && parent !== undefined) return false;
  if (node.tag === 'tspan' && parent !== 'text') return false;
  for (const [name, value] of node.attrs) {
    if (INERT.has(name)) continue;
    if (!allowed.has(name)) return false;
    if ((name === 'fill' || name === 'stroke') && !COLOR.test(value)) return false;
    if (NUMERIC.has(name) && !NUMBER.test(value)) return false;
    if (name === 'opacity' && !(NUMBER.test(value) && Number(value) >= 0 && Number(value) <= 1)) return false;
    if (name === 'stroke-dasharray' && !dashDrawable(value)) return false;
    if (name === 'transform' && !parseTransform(value)) return false;
    if (name === 'display' && value !== 'none' && value !== 'inline') return false;
    if (name === 'font-weight' && !['normal', 'bold', '400', '700'].includes(value)) return false;
    if (name === 'text-anchor' && !['start', 'middle', 'end'].includes(value)) return false;
    if (name === 'viewBox' && viewBox(value) === undefined) return false;
  }
  // Group opacity needs a transparency group, and an element with both a fill
  // and a stroke at partial opacity composites differently from two separate
  // paints: neither occurs in our charts, so neither is drawn here.
  const opacity = node.attrs.get('opacity');
  if (opacity !== undefined && Number(opacity) < 1) {
    if (node.tag === 'g' || node.tag === 'svg') return false;
    if (node.attrs.has('fill') && node.attrs.has('stroke') && node.attrs.get('stroke') !== 'none' && node.attrs.get('fill') !== 'none') return false;
  }
  for (const child of node.children) {
    if (typeof child === 'string') {
      if (node.tag !== 'text' && node.tag !== 'tspan' && child.trim() !== '') return false;
      continue;
    }
    if (node.tag === 'tspan') return false;
    if (node.tag === 'text' && child.tag !== 'tspan') return false;
    if (!check(child, node.tag, stroke)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- drawing

/** Draws a checked tree; pdfkit's fill colour is left as it was found. */
export function drawSvg(doc: PdfDoc, root: SvgNode, options: DrawOptions): void {
  const box = viewBox(root.attrs.get('viewBox') ?? '') ?? [0, 0, num(root.attrs.get('width'), options.width), num(root.attrs.get('height'), options.height)];
  const [vx, vy, vw, vh] = box;
  // preserveAspectRatio's default: xMidYMid meet.
  const scale = Math.min(options.width / vw, options.height / vh);
  const dx = (options.width - vw * scale) / 2;
  const dy = (options.height - vh * scale) / 2;
  const savedFill = doc._fillColor;
  doc.save();
  doc.transform(1, 0, 0, 1, options.x, options.y);
  doc.rect(0, 0, options.width, options.height).clip();
  doc.transform(scale, 0, 0, scale, dx - vx * scale, dy - vy * scale);
  for (const child of root.children) if (typeof child !== 'string') drawNode(doc, child, INITIAL, options);
  doc.restore();
  doc._fillColor = savedFill;
}

function drawNode(doc: PdfDoc, node: SvgNode, inherited: Style, options: DrawOptions): void {
  if (node.attrs.get('display') === 'none') return;
  const style = cascade(node, inherited);
  const transform = node.attrs.get('transform');
  const matrices = transform ? parseTransform(transform)! : [];
  doc.save();
  for (const m of matrices) doc.transform(...m);
  const opacity = num(node.attrs.get('opacity'), 1);
  switch (node.tag) {
    case 'g':
      for (const child of node.children) if (typeof child !== 'string') drawNode(doc, child, style, options);
      break;
    case 'rect': {
      const w = num(node.attrs.get('width'), 0);
      const h = num(node.attrs.get('height'), 0);
      if (w > 0 && h > 0) {
        doc.rect(num(node.attrs.get('x'), 0), num(node.attrs.get('y'), 0), w, h);
        paint(doc, style, opacity);
      }
      break;
    }
    case 'path': {
      const d = node.attrs.get('d') ?? '';
      if (d.trim() !== '' && hasPaint(style)) {
        doc.path(d);
        paint(doc, style, opacity);
      }
      break;
    }
    case 'line':
      if (style.stroke !== 'none') {
        doc.moveTo(num(node.attrs.get('x1'), 0), num(node.attrs.get('y1'), 0)).lineTo(num(node.attrs.get('x2'), 0), num(node.attrs.get('y2'), 0));
        paint(doc, { ...style, fill: 'none' }, opacity);
      }
      break;
    case 'text':
      drawText(doc, node, style, opacity, options);
      break;
  }
  doc.restore();
}

function cascade(node: SvgNode, inherited: Style): Style {
  const a = node.attrs;
  if (!hasAny(a, INHERITED)) return inherited;
  return {
    fill: a.get('fill') ?? inherited.fill,
    stroke: a.get('stroke') ?? inherited.stroke,
    strokeWidth: num(a.get('stroke-width'), inherited.strokeWidth),
    miterLimit: num(a.get('stroke-miterlimit'), inherited.miterLimit),
    dash: a.get('stroke-dasharray') ?? inherited.dash,
    fontFamily: a.get('font-family') ?? inherited.fontFamily,
    fontSize: num(a.get('font-size'), inherited.fontSize),
    fontWeight: a.get('font-weight') ?? inherited.fontWeight,
    textAnchor: a.get('text-anchor') ?? inherited.textAnchor,
  };
}
function hasAny(attrs: ReadonlyMap<string, string>, names: ReadonlySet<string>): boolean {
  for (const name of attrs.keys()) if (names.has(name)) return true;
  return false;
}

const hasPaint = (style: Style) => style.fill !== 'none' || (style.stroke !== 'none' && style.strokeWidth > 0);

/** Fills and/or strokes the current path. */
function paint(doc: PdfDoc, style: Style, opacity: number): void {
  const fill = style.fill !== 'none';
  const stroke = style.stroke !== 'none' && style.strokeWidth > 0;
  const alpha = opacity < 1 ? opacity : undefined;
  if (fill) doc.fillColor(style.fill, alpha);
  if (stroke) {
    doc.strokeColor(style.stroke, alpha).lineWidth(style.strokeWidth).miterLimit(style.miterLimit);
    const dash = dashArray(style.dash);
    if (dash) doc.dash(dash);
  }
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else doc.stroke();
}

/** An SVG dash list as pdfkit takes it; undefined draws solid (check() admits zeros only as gaps that are all zero). */
function dashArray(value: string): number[] | undefined {
  const list = dashList(value);
  if (!list || list.every((n, i) => i % 2 === 0 || n === 0)) return undefined;
  return list;
}

/** The list with an odd length repeated, as SVG does; undefined for "none" or a malformed list. */
function dashList(value: string): number[] | undefined {
  if (value === 'none') return undefined;
  const list = value.split(/[ ,]+/).filter(Boolean).map(Number);
  if (list.length === 0 || list.some((n) => !Number.isFinite(n) || n < 0)) return undefined;
  return list.length % 2 === 1 ? [...list, ...list] : list;
}

/** Dash lists drawn exactly: none, positive lengths, or zero gaps only (a solid line). */
function dashDrawable(value: string): boolean {
  if (value === 'none') return true;
  const list = dashList(value);
  if (!list) return false;
  return list.every((n) => n > 0) || list.every((n, i) => (i % 2 === 0 ? n > 0 : n === 0));
}

function drawText(doc: PdfDoc, node: SvgNode, style: Style, opacity: number, options: DrawOptions): void {
  if (style.fill === 'none') return;
  const lines: { text: string; x: number; y: number }[] = [];
  let y = 0;
  for (const child of node.children) {
    if (typeof child === 'string') {
      lines.push({ text: child, x: 0, y });
      continue;
    }
    y += num(child.attrs.get('dy'), 0);
    const text = child.children.filter((c): c is string => typeof c === 'string').join('');
    lines.push({ text, x: num(child.attrs.get('x'), 0), y });
  }
  const bold = style.fontWeight === 'bold' || style.fontWeight === '700';
  doc.font(options.font(style.fontFamily, bold, false)).fontSize(style.fontSize);
  doc.fillColor(style.fill, opacity < 1 ? opacity : undefined);
  // pdfkit's text() moves its cursor; pdfmake places everything explicitly, but leave the cursor as found.
  const { x: cursorX, y: cursorY } = doc;
  for (const line of lines) {
    // SVG collapses runs of white space and trims the ends (xml:space default).
    const text = line.text.replace(/[\t\n\r ]+/g, ' ').trim();
    if (text === '') continue;
    const width = doc.widthOfString(text);
    const shift = style.textAnchor === 'middle' ? width / 2 : style.textAnchor === 'end' ? width : 0;
    doc.text(text, line.x - shift, line.y, { lineBreak: false, baseline: 'alphabetic' });
  }
  doc.x = cursorX;
  doc.y = cursorY;
}

// ---------------------------------------------------------------- values

function num(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.endsWith('px') ? value.slice(0, -2) : value);
  return Number.isFinite(n) ? n : fallback;
}

function viewBox(value: string): [number, number, number, number] | undefined {
  const parts = value.trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || parts[2]! <= 0 || parts[3]! <= 0) return undefined;
  return parts as [number, number, number, number];
}

/** translate/rotate/scale lists as PDF matrices, applied left to right; undefined if malformed. */
export function parseTransform(value: string): Matrix[] | undefined {
  const out: Matrix[] = [];
  const re = /(translate|rotate|scale)\(([^()]*)\)/g;
  if (value.replace(re, '').trim() !== '') return undefined;
  for (const m of value.matchAll(re)) {
    const args = m[2]!.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (args.some((n) => !Number.isFinite(n))) return undefined;
    if (m[1] === 'translate') {
      if (args.length < 1 || args.length > 2) return undefined;
      out.push([1, 0, 0, 1, args[0]!, args[1] ?? 0]);
    } else if (m[1] === 'scale') {
      if (args.length < 1 || args.length > 2) return undefined;
      out.push([args[0]!, 0, 0, args[1] ?? args[0]!, 0, 0]);
    } else {
      if (args.length !== 1 && args.length !== 3) return undefined;
      const rad = (args[0]! * Math.PI) / 180;
      const cos = Math.cos(rad);
      const sin = Math.sin(rad);
      const [cx, cy] = args.length === 3 ? [args[1]!, args[2]!] : [0, 0];
      if (cx !== 0 || cy !== 0) out.push([1, 0, 0, 1, cx, cy]);
      out.push([cos, sin, -sin, cos, 0, 0]);
      if (cx !== 0 || cy !== 0) out.push([1, 0, 0, 1, -cx, -cy]);
    }
  }
  return out;
}
