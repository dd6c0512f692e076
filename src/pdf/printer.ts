// pdfmake 0.3 on Node, one fresh instance per render. pdfmake's module export
// is a process-wide singleton whose fonts and access policies are mutable; two
// reports rendering side by side must not share them, so we construct a new
// instance of the same class. No URL may be fetched; local files are limited to
// the bundled fonts and the dataset's own folder (its logo).
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocDefinition } from './nodes.js';

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
}

export async function printPdf(doc: DocDefinition, options: PrintOptions): Promise<Buffer> {
  const shared = require('pdfmake') as PdfMake;
  const PdfMakeClass = shared.constructor as new () => PdfMake;
  const pdfmake = new PdfMakeClass();
  const fonts = robotoFonts();
  const fontFiles = new Set(Object.values(fonts[FONT_FAMILY]!).map((f) => path.resolve(f)));
  const dirs = options.allowedDirs.map((d) => path.resolve(d));
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => {
    const resolved = path.resolve(file);
    return fontFiles.has(resolved) || dirs.some((dir) => isInside(dir, resolved));
  });
  return pdfmake.createPdf(doc).getBuffer();
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
