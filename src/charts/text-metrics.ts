// Text measurement with the real font. Without node-canvas, vega-scenegraph
// estimates a label's width as 0.8 x fontSize per character (vega issue 2940),
// so axis labels, legends and titles are laid out for text that is not the
// text drawn: labels overlap or get clipped. vega-scenegraph exports one
// `textMetrics` object whose `width(item, text)` every layout step calls
// (bounds, autosize, label truncation); pointing it at a fontkit measurement
// of the same Roboto files that resvg and the PDF renderer draw with makes the
// layout match the pixels.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as vega from 'vega';
import { FONT_FACES, faceFor, robotoFiles, type FontFace } from './fonts.js';

/** The part of a fontkit Font we use (fontkit ships no type declarations). */
interface FontkitFont {
  readonly unitsPerEm: number;
  layout(text: string): { readonly advanceWidth: number; readonly positions: readonly { readonly xAdvance: number }[] };
}
interface Fontkit {
  create(buffer: Buffer): FontkitFont;
}

/** The fields of a Vega text item that decide its width. */
export interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
}

export interface TextMeasurer {
  /** Advance width in px of `text` at `fontSize`, shaped with kerning as resvg and pdfkit shape it. */
  width(text: string, fontSize: number, face?: FontFace): number;
  /**
   * Vega's textMetrics.width signature: the untruncated width. vega-scenegraph
   * calls the same function from its label truncation (which needs the raw
   * width of each prefix) and from bounds; returning the raw width keeps
   * truncation right and at worst over-reserves space for a truncated label.
   * The theme wraps long labels instead of truncating them, so this rarely applies.
   */
  itemWidth(item: TextItem, text: unknown): number;
  /** Raw font bytes per face, for the cache key. */
  readonly fontBytes: Readonly<Record<FontFace, Uint8Array>>;
}

/** Bumped when the measurement changes, so cached renders are not reused. */
export const TEXT_METRICS_VERSION = 'fontkit-layout-kern-1';

const MAX_CACHED_WIDTHS = 20_000;

export function createTextMeasurer(): TextMeasurer {
  const fontkit = createRequire(import.meta.url)('fontkit') as Fontkit;
  const files = robotoFiles();
  const bytes = {} as Record<FontFace, Uint8Array>;
  const fonts = {} as Record<FontFace, FontkitFont>;
  for (const face of FONT_FACES) {
    const buf = readFileSync(files[face]);
    bytes[face] = buf;
    fonts[face] = fontkit.create(buf);
  }
  // Width in font units per (face, text); shaping is the slow part and Vega
  // asks for the same labels many times (bounds, truncation, overlap checks).
  const unitsCache = new Map<string, number>();
  const unitsOf = (text: string, face: FontFace): number => {
    const key = `${face}\u0000${text}`;
    let units = unitsCache.get(key);
    if (units === undefined) {
      units = fonts[face].layout(text).advanceWidth;
      if (unitsCache.size >= MAX_CACHED_WIDTHS) unitsCache.clear();
      unitsCache.set(key, units);
    }
    return units;
  };
  const width = (text: string, fontSize: number, face: FontFace = 'regular'): number =>
    fontSize <= 0 || text === '' ? 0 : (unitsOf(text, face) * fontSize) / fonts[face].unitsPerEm;
  return {
    width,
    itemWidth(item, text) {
      // Same text normalisation as vega-scenegraph's textValue (trimmed string).
      const value = text == null ? '' : String(text).trim();
      const size = item.fontSize != null ? +item.fontSize || 0 : 11;
      return width(value, size, faceFor(item.fontWeight));
    },
    fontBytes: bytes,
  };
}

// Fonts are immutable and the width memo is a pure function of them, so one
// measurer serves every renderer of the process (parsing Roboto costs more
// than rendering a chart).
let shared: TextMeasurer | undefined;

export function sharedTextMeasurer(): TextMeasurer {
  shared ??= createTextMeasurer();
  return shared;
}

interface VegaTextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

/**
 * Points Vega's shared text measurement at `measurer`. Vega keeps one
 * textMetrics object per process, so this is process-wide by nature; every
 * renderer installs the same Roboto measurement, so installing again is harmless.
 */
export function installTextMetrics(measurer: TextMeasurer): void {
  const metrics = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
  metrics.width = (item, text) => measurer.itemWidth(item, text);
}
