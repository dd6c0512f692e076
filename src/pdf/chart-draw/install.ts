// Puts draw.ts in front of pdfmake's svg-to-pdfkit, once per process: pdfmake
// looks its SVG drawer up on the module object at every call, so replacing
// that export routes every SVG node through here. An SVG this module does not
// read or accept goes to svg-to-pdfkit exactly as before.
import { createRequire } from 'node:module';
import { check, drawSvg, type PdfDoc } from './draw.js';
import { parseSvg } from './parse.js';

const require = createRequire(import.meta.url);

type SvgToPdfkit = (doc: unknown, svg: unknown, x: number, y: number, options: SvgOptions) => void;
interface SvgOptions {
  readonly width?: number;
  readonly height?: number;
  readonly fontCallback?: (family: string, bold: boolean, italic: boolean, fontOptions: object) => unknown;
}

const HOOKED = Symbol.for('market-report.pdf.chart-draw');

/** Counts of SVGs drawn here and handed on, for tests. */
export const chartDrawStats = { drawn: 0, delegated: 0 };

export function installChartDrawer(): void {
  const module = require('pdfmake/js/3rd-party/svg-to-pdfkit') as { default: SvgToPdfkit & { [HOOKED]?: true } };
  if (module.default[HOOKED]) return;
  const original = module.default;
  const drawer: SvgToPdfkit = (doc, svg, x, y, options) => {
    if (drawn(doc, svg, x, y, options)) chartDrawStats.drawn++;
    else {
      chartDrawStats.delegated++;
      original(doc, svg, x, y, options);
    }
  };
  Object.defineProperty(drawer, HOOKED, { value: true });
  module.default = drawer as SvgToPdfkit & { [HOOKED]?: true };
}

function drawn(doc: unknown, svg: unknown, x: number, y: number, options: SvgOptions): boolean {
  const { width, height, fontCallback } = options;
  if (typeof svg !== 'string' || typeof fontCallback !== 'function' || !(width! > 0) || !(height! > 0)) return false;
  const root = parseSvg(svg);
  if (!root || !check(root)) return false;
  drawSvg(doc as PdfDoc, root, { x, y, width: width!, height: height!, font: (family, bold, italic) => fontCallback(family, bold, italic, {}) });
  return true;
}
