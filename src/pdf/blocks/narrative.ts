// Narrative blocks (paragraphs, lists, headings) -> pdfmake nodes. Text is
// always set as a plain string, never interpreted.
import type { NarrativeBlock } from '../../narrative/index.js';
import { fitsComfortably, textHeight } from '../fit.js';
import { keepWithFirst } from '../keep.js';
import type { Node } from '../nodes.js';

export function narrativeNodes(blocks: readonly NarrativeBlock[]): Node[] {
  const nodes: Node[] = [];
  // Walk backwards so that each heading can take the node that follows it.
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const b = blocks[i]!;
    if (b.kind === 'heading') nodes.splice(0, 1, ...keepWithFirst(subheading(b.text), nodes.slice(0, 1)));
    else nodes.unshift(b.kind === 'paragraph' ? { text: b.text, style: 'body' } : bullets(b.items));
  }
  return nodes;
}

export function subheading(text: string): Node {
  return { text, style: 'subheading' };
}

export function bullets(items: readonly string[]): Node {
  const list: Node = { ul: items.map((text) => ({ text, margin: [0, 0, 0, 2] })), style: 'body', margin: [8, 0, 0, 8] };
  // A short list is not split: a lone bullet at the top of a page reads as a stray.
  return fitsComfortably(textHeight(items.join('\n'), 10) * 1.2) && items.length <= 12 ? { ...list, unbreakable: true } : list;
}

/** Data text with blank-line paragraphs, set as body paragraphs. */
export function paragraphs(text: string): Node[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => ({ text: p, style: 'body' }));
}
