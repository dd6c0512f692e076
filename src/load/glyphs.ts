// Which characters the report font can draw. The PDF and the charts set all
// text in Roboto (shipped in pdfmake's package); a character it lacks prints
// as an empty box, silently, so validation asks the font itself.
//
// Loading fontkit costs about 200 ms, more than validating a whole dataset,
// so the font is opened only when some text goes beyond the Latin core below
// (the default dataset never does). tests/load/glyphs.test.ts checks that the
// font really has every character of that core, so the shortcut cannot hide a
// box.
import { createRequire } from 'node:module';
import path from 'node:path';

export const REPORT_FONT_NAME = 'Roboto';

/** Answers, per code point, whether a font has a glyph for it. */
export interface GlyphCoverage {
  readonly fontName: string;
  has(codePoint: number): boolean;
}

/** The part of a fontkit Font used here (fontkit ships no type declarations). */
export interface FontLike {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** Printable ASCII, Latin-1 and the punctuation report prose uses (– — ‘ ’ “ ” • … €). */
export const LATIN_CORE: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2013, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x20ac, 0x20ac],
];

const inLatinCore = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || LATIN_CORE.some(([from, to]) => cp >= from && cp <= to);

/** The Regular face the report's body text uses (bold text uses Medium, with the same coverage). */
export function reportFontFile(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto', 'Roboto-Regular.ttf');
}

/** Coverage of a font, opened on the first question (with `open`) and answered from a cache after. */
export function createFontCoverage(open: () => FontLike, fontName: string): GlyphCoverage {
  let font: FontLike | undefined;
  const known = new Map<number, boolean>();
  return {
    fontName,
    has(cp) {
      let answer = known.get(cp);
      if (answer === undefined) {
        font ??= open();
        answer = font.hasGlyphForCodePoint(cp);
        known.set(cp, answer);
      }
      return answer;
    },
  };
}

/** Opens a .ttf with fontkit, loaded only now: see the top of this file. */
export function openFontFile(file: string): FontLike {
  const require = createRequire(import.meta.url);
  const fontkit = require('fontkit') as { openSync(file: string): FontLike };
  return fontkit.openSync(file);
}

/** Skips the font for the Latin core, which it is known (and tested) to cover. */
export function withLatinCore(coverage: GlyphCoverage): GlyphCoverage {
  return { fontName: coverage.fontName, has: (cp) => inLatinCore(cp) || coverage.has(cp) };
}

let reportCoverage: GlyphCoverage | undefined;

/**
 * The report font's coverage, shared by the whole process: the font file never
 * changes while it runs, and every answer is a fact about that file.
 */
export function reportFontCoverage(): GlyphCoverage {
  reportCoverage ??= withLatinCore(createFontCoverage(() => openFontFile(reportFontFile()), REPORT_FONT_NAME));
  return reportCoverage;
}

/**
 * The distinct code points of `text` that `coverage` lacks, in order of first
 * appearance. Control characters and lone surrogates are left out: they are
 * reported as what they are, not as missing glyphs; tab, newline and carriage
 * return are layout, not glyphs.
 */
export function missingCodePoints(text: string, coverage: GlyphCoverage): number[] {
  const missing: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    if (!coverage.has(cp) && !missing.includes(cp)) missing.push(cp);
  }
  return missing;
}
