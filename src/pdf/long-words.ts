// A word wider than its column. pdfmake sizes an 'auto' or '*' table column
// to hold its longest word, so one long word (a web address, a name pasted
// without spaces) pushes a table, the contents or a company's fact box past
// the page edge. Body text is safe: pdfmake cuts a word wider than a full
// line. So before printing, every run of more than LONG_RUN characters with
// no place to break gets a zero-width space (U+200B, which Roboto has, with
// no width) every BREAK_EVERY characters: invisible, and only a place where
// a line may break. Ordinary words are far shorter, so ordinary text, and so
// the bytes of an ordinary report, do not change.
import { NO_BREAK_SPACES } from '../format/no-break-spaces.js';
import type { DocDefinition } from './nodes.js';

const LONG_RUN = 30;
const BREAK_EVERY = 15;
const ZWSP = '\u200b';
// Runs between spaces, hyphens and slashes (pdfmake may break after the last
// two). A no-break space or a non-breaking hyphen (U+2011) joins a run, as it
// does for pdfmake.
// Counted in letters with their accents: a break never parts a combining mark from its letter.
const LETTER = `(?:[^\\s/\\u2010\\u2012-\\u2014${ZWSP}\\p{M}-]|[${NO_BREAK_SPACES}])\\p{M}*`;
const RUN = new RegExp(`(?:${LETTER}){${LONG_RUN + 1},}`, 'gu');
const CHUNK = new RegExp(`(?:\\P{M}\\p{M}*){${BREAK_EVERY}}(?=\\P{M})`, 'gu');
// A quick first look, in code units (never fewer than letters), so ordinary text costs one cheap scan.
const MAYBE_RUN = new RegExp(`(?:[^\\s/\\u2010\\u2012-\\u2014${ZWSP}-]|[${NO_BREAK_SPACES}]){${LONG_RUN + 1}}`);

/** `text` with a zero-width space every BREAK_EVERY characters inside runs longer than LONG_RUN. */
export function breakLongWords(text: string): string {
  if (text.length <= LONG_RUN || !MAYBE_RUN.test(text)) return text;
  return text.replace(RUN, (run) => run.replace(CHUNK, (chunk) => `${chunk}${ZWSP}`));
}

/** Never text a reader sees as words: drawings, images, metadata, style names, links. */
const SKIP = new Set(['svg', 'image', 'canvas', 'info', 'styles', 'style', 'layout', 'link', 'linkToDestination', 'id', 'watermark']);

/** Applies breakLongWords to every `text` of the document, in place, headers and footers included. */
export function breakLongWordsIn(doc: DocDefinition): void {
  walk(doc);
}

function walk(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const node = value as Record<string, unknown>;
  for (const key in node) {
    if (SKIP.has(key)) continue;
    const v = node[key];
    if (key === 'text') node.text = textOf(v);
    else if ((key === 'header' || key === 'footer') && typeof v === 'function') node[key] = withBreaks(v as (...a: unknown[]) => unknown);
    else walk(v);
  }
}

function textOf(v: unknown): unknown {
  if (typeof v === 'string') return breakLongWords(v);
  if (Array.isArray(v)) return v.map((item) => (typeof item === 'string' ? breakLongWords(item) : (walk(item), item)));
  walk(v);
  return v;
}

function withBreaks(fn: (...a: unknown[]) => unknown): (...a: unknown[]) => unknown {
  return (...args) => {
    const result = fn(...args);
    walk(result);
    return result;
  };
}
