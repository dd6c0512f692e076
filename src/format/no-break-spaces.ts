// Spaces that join the words on either side: pdfmake does not break a line at
// them, so a run of words joined by them is one word for the page. Validation
// (the longest word a dataset may hold) and the PDF's long-word breaks count
// words the same way.
export const NO_BREAK_SPACES = '\u00a0\u2007\u202f\ufeff';
