/**
 * Text as the tests' readers give it (textOf for HTML, readPdf's flat text):
 * every run of white space, no-break spaces included, as one space. Figures
 * the Formatter writes ("USD\u00a04.92 billion") are compared in this form.
 */
export function spaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}
