// pdfmake 0.3 on Node, one fresh instance per render. pdfmake's module export
// is a process-wide singleton whose fonts and access policies are mutable; two
// reports rendering side by side must not share them, so we construct a new
// instance of the same class. No URL may be fetched; local files are limited to
// the bundled fonts and the dataset's own folder (its logo).
//
// Speed (issue 8): PDFs of one process share the parsed fonts, shaped words
// and SVG measurements, and pdfmake's style lookups allocate less (perf-*.ts).
// The bytes are the same as with plain pdfmake, which tests/perf checks;
// MARKET_REPORT_PDF_CACHE=off turns all of it off (read per PDF, so a profile
// can alternate).
import { createRequire } from 'node:module';
import path from 'node:path';
import { breakLongWordsIn } from './long-words.js';
import type { DocDefinition } from './nodes.js';
import { installContentBatching } from './perf-content.js';
import { createPdfFontCache, type PdfFontCache } from './perf-fonts.js';
import { installStyleLookups } from './perf-styles.js';
import { installSvgMeasureMemo } from './perf-svg.js';
import { installChartDrawer } from './chart-draw/install.js';
import { speedupsFromEnvironment } from './perf-switch.js';

const require = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (file: string) => boolean): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Buffer> };
}

const ROBOTO_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/** The font family the report and the charts' SVG text use. */
export const FONT_FAMILY = 'Roboto';

/** Fresh descriptors every time: pdfmake rewrites them in place while resolving. */
export function robotoFonts(): Record<string, Record<string, string>> {
  return {
    [FONT_FAMILY]: {
      normal: path.join(ROBOTO_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(ROBOTO_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(ROBOTO_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(ROBOTO_DIR, 'Roboto-MediumItalic.ttf'),
    },
  };
}

export interface PrintOptions {
  /** Folders pdfmake may read besides the fonts (the dataset's folder, for the logo). */
  readonly allowedDirs: readonly string[];
  /**
   * Fonts and shaped words shared with other PDFs (default: the process's
   * cache, see sharedPdfFontCache); false: fresh fonts, as plain pdfmake.
   */
  readonly fontCache?: PdfFontCache | false;
}

export async function printPdf(doc: DocDefinition, options: PrintOptions): Promise<Buffer> {
  breakLongWordsIn(doc);
  installSvgMeasureMemo();
  installChartDrawer();
  installStyleLookups();
  installContentBatching();
  const on = speedupsFromEnvironment();
  const cache = options.fontCache ?? (on ? sharedPdfFontCache() : false);
  if (!cache) return print(doc, accessPolicy(options.allowedDirs));
  // pdfmake writes into the definition it lays out; keep a copy for a second print.
  const spare = cloneDefinition(doc);
  const policy = accessPolicy(options.allowedDirs);
  const session = cache.begin(policy);
  let bytes: Buffer;
  try {
    bytes = await print(doc, policy);
  } finally {
    session.end();
  }
  // A glyph was asked for with other code points than the shared font holds
  // (see perf-fonts.ts): print again with fresh fonts, as plain pdfmake would.
  return session.suspect ? print(spare, accessPolicy(options.allowedDirs)) : bytes;
}

let shared: PdfFontCache | undefined;

/** One font cache per process (per worker thread): the Roboto faces are the same for every report. */
export function sharedPdfFontCache(): PdfFontCache {
  shared ??= createPdfFontCache(Object.values(robotoFonts()[FONT_FAMILY]!));
  return shared;
}

function print(doc: DocDefinition, policy: (file: string) => boolean): Promise<Buffer> {
  const singleton = require('pdfmake') as PdfMake;
  const PdfMakeClass = singleton.constructor as new () => PdfMake;
  const pdfmake = new PdfMakeClass();
  pdfmake.setFonts(robotoFonts());
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(policy);
  return pdfmake.createPdf(doc).getBuffer();
}

/** A new function per PDF: the font cache knows a document by it. */
function accessPolicy(allowedDirs: readonly string[]): (file: string) => boolean {
  const fontFiles = new Set(Object.values(robotoFonts()[FONT_FAMILY]!).map((f) => path.resolve(f)));
  const dirs = allowedDirs.map((d) => path.resolve(d));
  return (file) => {
    const resolved = path.resolve(file);
    return fontFiles.has(resolved) || dirs.some((dir) => isInside(dir, resolved));
  };
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Copies plain objects and arrays (keeping shared subtrees shared); functions, dates, buffers and strings are kept as they are. */
function cloneDefinition<T>(value: T): T {
  const seen = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const known = seen.get(v);
    if (known !== undefined) return known;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (const item of v) out.push(copy(item));
      return out;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return v;
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    for (const key of Object.keys(v)) out[key] = copy((v as Record<string, unknown>)[key]);
    return out;
  };
  return copy(value) as T;
}
