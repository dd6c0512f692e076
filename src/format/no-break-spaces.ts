// Spaces that join the words on either side: pdfmake does not break a line at
// them, so a run of words joined by them is one word for the page. Validation
// (the longest word a dataset may hold) and the PDF's long-word breaks count
// words the same way.
export const NO_BREAK_SPACES = '\u00a0\u2007\u202f\ufeff';

const BREAKING_SPACES = new RegExp(`[^\\S${NO_BREAK_SPACES}]+`, 'g');

/**
 * Each run of white space that may break a line as one space. No-break spaces
 * stay: the Formatter joins "2,9\u00a0%" and "USD\u00a05.90" with them, and a
 * dataset's text may too; squashed to spaces, a line broke between them.
 */
export function collapseSpaces(text: string): string {
  return text.replace(BREAKING_SPACES, ' ');
}
