// The one font of every chart: Roboto, as shipped inside the pdfmake package,
// so that Vega's layout, resvg's PNG and the PDF renderer all use the same
// glyphs on every machine. No system font is ever consulted.
import { createRequire } from 'node:module';
import path from 'node:path';

export const CHART_FONT_FAMILY = 'Roboto';

/**
 * The faces charts draw with. The theme uses no italics; an italic request is
 * measured with the upright face, matching resvg, which slants the upright
 * glyphs when no italic face is loaded (advances unchanged).
 */
export type FontFace = 'regular' | 'medium';

const FILE_NAMES: Readonly<Record<FontFace, string>> = {
  regular: 'Roboto-Regular.ttf',
  medium: 'Roboto-Medium.ttf',
};

export const FONT_FACES: readonly FontFace[] = ['regular', 'medium'];

/** Absolute paths of the Roboto .ttf files in node_modules/pdfmake/fonts/Roboto (the PDF renderer registers the same files). */
export function robotoFiles(): Readonly<Record<FontFace, string>> {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  return { regular: path.join(dir, FILE_NAMES.regular), medium: path.join(dir, FILE_NAMES.medium) };
}

/**
 * The face a text item is drawn with. Roboto ships no Bold here; like the PDF
 * renderer (which registers Medium as Roboto's bold) and resvg (nearest weight),
 * anything bolder than normal uses Medium.
 */
export function faceFor(fontWeight: unknown): FontFace {
  const w = fontWeight == null ? 400 : fontWeight === 'bold' || fontWeight === 'bolder' ? 700 : Number(fontWeight);
  return Number.isFinite(w) && w >= 500 ? 'medium' : 'regular';
}
