// The entry lines of each page of the contents and of the lists of figures
// and tables, as a reader's tools see them (tests/pdf/contents*.test.ts).
import { expect } from 'vitest';
import type { PdfText } from './pdf-text.js';

export const CHAPTER_LINE = /^\d+ \S.* (?:\d+|Not included in this sample)$/;
export const SECTION_LINE = /^\d+\.\d+ \S/;
const LIST_LINE = /^(?:Figure|Table) \d+\.\d+: .* \d+$/;

/**
 * The entry lines of each page of a front-matter part, in order: from the
 * first page with one of `titles` (a page title, 18 to 40 pt; the sample's
 * diagonal SAMPLE mark, on every page, is far larger, and is not a title even
 * where a line of the page shares its baseline) to the next page with any
 * other title, of which it takes the entries above that title.
 */
function partPages(text: PdfText, titles: RegExp, entry: (line: string) => boolean): string[][] {
  const titled = (p: number, which: (t: string) => boolean) => text.pages[p]!.some((l) => l.size >= 18 && l.size <= 40 && which(l.text));
  const first = text.pages.findIndex((_, p) => titled(p, (t) => titles.test(t)));
  if (first < 0) return [];
  const pages: string[][] = [];
  for (let p = first; p < text.numPages; p++) {
    // A page where another part begins (the lists after the contents' last lines) holds this part's entries above its title.
    const other = p === first ? -1 : text.pages[p]!.findIndex((l) => l.size >= 18 && l.size <= 40 && !titles.test(l.text));
    const entries = (other < 0 ? text.pages[p]! : text.pages[p]!.slice(0, other)).map((l) => l.text).filter(entry);
    if (other < 0 || entries.length > 0) pages.push(entries);
    if (other >= 0) break;
  }
  return pages;
}

/** The entry lines (chapters and sections) of each contents page. */
export function contentsPages(text: PdfText): string[][] {
  const pages = partPages(text, /^Contents$/, (l) => CHAPTER_LINE.test(l) || SECTION_LINE.test(l));
  expect(pages.length).toBeGreaterThan(0);
  return pages;
}

/** The entry lines of each page of the lists of figures and tables. */
export function listPages(text: PdfText): string[][] {
  return partPages(text, /^List of (?:Figures|Tables)$/, (l) => LIST_LINE.test(l));
}
