// Words as pdfmake sees them when it sizes a table column: it splits text at
// the line-break opportunities of the Unicode line-breaking rules (the
// `linebreak` package, which pdfmake itself uses), so a line may end after a
// space, after a hyphen before a letter, after a slash, but never inside a
// number ("Above-1000kVA" is one word) or at a no-break space. A column is at
// least as wide as its widest word, white space at the word's ends not counted.
import { createRequire } from 'node:module';

interface LineBreakerClass {
  new (text: string): { nextBreak(): { position: number; required: boolean } | null };
}

const LineBreaker = createRequire(import.meta.url)('linebreak') as LineBreakerClass;

/** `text` cut at pdfmake's break opportunities, white space kept: the pieces join back into `text`. */
export function pdfSegments(text: string): string[] {
  const segments: string[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    segments.push(text.slice(last, bk.position));
    last = bk.position;
  }
  return segments;
}

/** The words of `text` between pdfmake's break opportunities, trimmed; a forced line break ("\n") ends a word too. */
export function pdfWords(text: string): string[] {
  return pdfSegments(text)
    .map((segment) => segment.trim())
    .filter((word) => word !== '');
}
