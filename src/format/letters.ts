// Letters as a reader counts them: a letter with its accents is one, however
// it is encoded (grapheme clusters), so a line is never cut between a letter
// and its combining mark. Chart labels and the PDF's table headers both break
// long words into pieces of letters.
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** `text` as its letters, each with its accents. */
export function lettersOf(text: string): string[] {
  return Array.from(graphemes.segment(text), (g) => g.segment);
}
