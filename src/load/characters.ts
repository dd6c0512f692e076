// Characters that cannot reach the page. Control characters (a stray BEL or
// NUL from a copy-paste) are not allowed in XML, so the chart SVGs fail to
// parse; an unpaired surrogate is half a character; and anything the report
// font lacks prints as an empty box. Each string is reported once per kind,
// at its own path, naming the characters. A word far longer than any line
// is a missing space or pasted data (base64, a log line); it also cost pdfmake
// time that grew with the square of its length (16,000 letters: 20 s and 1 GB)
// before pdf/long-words.ts gave long words places to break. An invisible
// format character (a zero-width space, a direction mark) prints as nothing
// or as a box, yet makes the text differ from what it shows: "Hospitals" and
// "Hospitals\u200b" passed as two names and printed as "Hospitals, Hospitals".
import { NO_BREAK_SPACES } from '../format/no-break-spaces.js';
import { messages } from '../messages.js';
import { missingCodePoints, reportFontCoverage, type GlyphCoverage } from './glyphs.js';
import type { PathSegment } from './json-path.js';
import { walkStrings } from './placeholders.js';

export interface CharacterContext {
  error(path: readonly PathSegment[], message: string): void;
}

/** Strings that name files, never printed: their characters are the file system's business. */
const NOT_PRINTED = new Set(['publisher.logo']);

export function checkCharacters(raw: unknown, ctx: CharacterContext, coverage: GlyphCoverage = reportFontCoverage()): void {
  walkStrings(raw, (text, path) => {
    const controls = controlCharacters(text);
    if (controls.length > 0) ctx.error(path, messages.controlCharacters(controls));
    const surrogate = unpairedSurrogate(text);
    if (surrogate !== undefined) ctx.error(path, messages.unpairedSurrogate(surrogate));
    if (NOT_PRINTED.has(path.join('.'))) return;
    const invisible = formatCharacters(text);
    if (invisible.length > 0) ctx.error(path, messages.formatCharacters(invisible));
    const word = longestWord(text);
    if (word.length > MAX_WORD) ctx.error(path, messages.wordTooLong(word.length, [...text.slice(word.start, word.start + 48)].slice(0, 24).join(''), MAX_WORD));
    // Invisible characters are reported above as what they are, not again as missing glyphs.
    const missing = missingCodePoints(text, coverage).filter((cp) => !invisible.includes(cp));
    if (missing.length > 0) ctx.error(path, messages.unprintable(missing, coverage.fontName));
  });
}

/** The longest word a dataset may hold: room for a long web address, about twice what a text line holds. */
export const MAX_WORD = 200;

/** Where the longest run of characters without white space starts, and its length in UTF-16 units. */
export function longestWord(text: string): { start: number; length: number } {
  let best = { start: 0, length: 0 };
  // A no-break space joins words as pdfmake sees them.
  const words = new RegExp(`(?:\\S|[${NO_BREAK_SPACES}])+`, 'g');
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (m[0].length > best.length) best = { start: m.index, length: m[0].length };
  }
  return best;
}

/** C0 controls other than tab, line feed and carriage return, distinct, in order. */
export function controlCharacters(text: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && !found.includes(c)) found.push(c);
  }
  return found;
}

/**
 * Format characters (Unicode category Cf: zero-width spaces and joiners,
 * direction marks and overrides, the word joiner, U+FEFF), distinct, in order.
 * The soft hyphen (U+00AD) is one too, but it has a use in text (where a long
 * word may break) and Roboto draws it, so it stays.
 */
export function formatCharacters(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(FORMAT)) {
    const cp = m[0].codePointAt(0)!;
    if (!found.includes(cp)) found.push(cp);
  }
  return found;
}
const FORMAT = /(?!\u00ad)\p{Cf}/gu;

/** The first high surrogate without its low half, or low surrogate without its high half. */
export function unpairedSurrogate(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return c;
  }
  return undefined;
}
