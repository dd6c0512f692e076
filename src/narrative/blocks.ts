// Rendered narrative text -> paragraphs, bullet lists and headings, independent
// of the output format (the PDF and the web excerpt both lay these out).
// The markup is deliberately tiny: a blank line separates blocks, a block whose
// lines all start with "- " is a list, a line starting with "### " is a
// heading. Nothing inline (no bold, no links), so a data string can at most
// start a list or a heading, never inject styling or references; data text
// uses blank lines between paragraphs, as the data format prescribes.
import { collapseSpaces } from '../format/no-break-spaces.js';

export type NarrativeBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'heading'; readonly text: string };

const squash = (s: string) => collapseSpaces(s).trim();

export function parseNarrative(text: string): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) continue;
    let rest = lines;
    if (rest[0]!.startsWith('### ')) {
      blocks.push({ kind: 'heading', text: squash(rest[0]!.slice(4)) });
      rest = rest.slice(1);
      if (rest.length === 0) continue;
    }
    if (rest.every((l) => l.startsWith('- '))) {
      blocks.push({ kind: 'list', items: rest.map((l) => squash(l.slice(2))) });
    } else {
      blocks.push({ kind: 'paragraph', text: squash(rest.join(' ')) });
    }
  }
  return blocks;
}
