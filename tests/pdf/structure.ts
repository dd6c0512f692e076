// The PDF's structure as a reviewer wants to diff it: chapter and section
// headings with their numbers, and the figure and table captions under the
// section they appear in, all read back from the PDF's text layer.
import type { PdfText } from './pdf-text.js';

const CAPTION = /^(Figure|Table) \d+\.\d+: /;

export function structureDump(pdf: PdfText): string {
  const firstChapterPage = pdf.bookmarks[0]?.page ?? 1;
  const out: string[] = [];
  pdf.pages.forEach((lines, i) => {
    if (i + 1 < firstChapterPage) return;
    for (const line of lines) {
      if (line.size >= 20 && /^\d+ /.test(line.text)) out.push(line.text);
      else if (line.size >= 12.5 && line.size < 14 && /^\d+\.\d+ /.test(line.text)) out.push(`  ${line.text}`);
      else if (line.size < 9 && CAPTION.test(line.text)) out.push(`    ${line.text}`);
    }
  });
  return `${out.join('\n')}\n`;
}
