// Remembers pdfmake's SVG measurements. For every chart, pdfmake parses the
// SVG text with xmldoc twice while measuring (once to read its size, once to
// write the final size back and re-serialise it) before svg-to-pdfkit parses
// it a third time to draw it. Both measuring steps are pure functions of the
// SVG text (and the size asked for), and a report's charts are the same text
// in the full report and the sample, and again in the next build of the same
// dataset, so a small memo skips the two xmldoc round trips.
import { createRequire } from 'node:module';
import { pdfSpeedups } from './perf-switch.js';

const require = createRequire(import.meta.url);

interface Size {
  readonly width: number | undefined;
  readonly height: number | undefined;
}
interface SvgMeasure {
  measureSVG(svg: unknown): Size;
  writeDimensions(svg: unknown, dimensions: { width: number; height: number }): unknown;
}

/** Distinct SVG texts remembered; the least recently used go first. A chart's SVG is some 20-100 kB. */
const MAX_SVGS = 48;
const HOOKED = Symbol.for('market-report.pdf.svg-measure-memo');

/**
 * Wraps pdfmake's SVGMeasure, once per process. Only string SVGs are
 * remembered (pdfmake also accepts DOM elements in browsers, which it mutates).
 * The memo holds output of pure functions, so it cannot carry state from one
 * PDF into another.
 */
export function installSvgMeasureMemo(): void {
  const proto = (require('pdfmake/js/SVGMeasure') as { default: { prototype: SvgMeasure & { [HOOKED]?: true } } }).default.prototype;
  if (proto[HOOKED]) return;
  const sizes = new Map<string, Size>();
  const written = new Map<string, Map<string, unknown>>();
  const { measureSVG, writeDimensions } = proto;
  proto.measureSVG = function (this: SvgMeasure, svg: unknown): Size {
    if (typeof svg !== 'string' || off()) return measureSVG.call(this, svg);
    const size = remember(sizes, svg, () => measureSVG.call(this, svg));
    return { width: size.width, height: size.height };
  };
  proto.writeDimensions = function (this: SvgMeasure, svg: unknown, dimensions: { width: number; height: number }): unknown {
    if (typeof svg !== 'string' || off()) return writeDimensions.call(this, svg, dimensions);
    const bySize = remember(written, svg, () => new Map<string, unknown>());
    // The size is part of the key: the same chart may be drawn at two sizes.
    return remember(bySize, `${dimensions.width} ${dimensions.height}`, () => writeDimensions.call(this, svg, dimensions));
  };
  Object.defineProperty(proto, HOOKED, { value: true });
}

const off = () => !pdfSpeedups.enabled;

function remember<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
    return value;
  }
  value = make();
  map.set(key, value);
  while (map.size > MAX_SVGS) map.delete(map.keys().next().value as string);
  return value;
}
