// Narrative blocks (paragraphs, lists, headings) -> pdfmake nodes. Text is
// always set as a plain string, never interpreted.
import { collapseSpaces } from '../../format/no-break-spaces.js';
import type { NarrativeBlock } from '../../narrative/index.js';
import { fitsComfortably, listHeight, textHeight } from '../fit.js';
import { keepWithFirst } from '../keep.js';
import type { Node } from '../nodes.js';

/** Bullets that go with their lead-in when a list is too long to keep whole. */
const LEAD_IN_ITEMS = 2;

export function narrativeNodes(blocks: readonly NarrativeBlock[]): Node[] {
  const nodes: Node[] = [];
  // Walk backwards so that each heading can take the node that follows it,
  // and each lead-in paragraph the list that follows it.
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.kind === 'heading') nodes.splice(0, 1, ...keepWithFirst(subheading(b.text), nodes.slice(0, 1)));
    else if (b.kind === 'paragraph' && next?.kind === 'list') nodes.splice(0, 1, ...leadInWithList(b.text, next.items));
    else nodes.unshift(b.kind === 'paragraph' ? { text: b.text, style: 'body' } : bullets(b.items));
  }
  return nodes;
}

/**
 * A paragraph followed directly by a list introduces it ("The figures rest on
 * the following assumptions:"), and stranded at the foot of a page it promises
 * a list the reader does not see. The two are kept together: whole when they
 * surely fit on a page, otherwise the lead-in with the first bullets and the
 * rest of the list free to break.
 */
export function leadInWithList(text: string, items: readonly string[]): Node[] {
  const leadIn: Node = { text, style: 'body' };
  const whole = bullets(items);
  if (whole.unbreakable === true && fitsComfortably(textHeight(text, 10) + listHeight(items))) {
    return [{ stack: [leadIn, whole], unbreakable: true }];
  }
  const head = items.slice(0, LEAD_IN_ITEMS);
  const rest = items.slice(LEAD_IN_ITEMS);
  if (!fitsComfortably(textHeight(text, 10) + listHeight(head))) return [leadIn, whole];
  // The first bullets end flush, so the list reads as one where it continues.
  const first: Node = { ...bulletList(head), margin: [8, 0, 0, rest.length > 0 ? 0 : 8] };
  return [{ stack: [leadIn, first], unbreakable: true }, ...(rest.length > 0 ? [bulletList(rest)] : [])];
}

export function subheading(text: string): Node {
  return { text, style: 'subheading' };
}

export function bullets(items: readonly string[]): Node {
  const list = bulletList(items);
  // A short list is not split: a lone bullet at the top of a page reads as a stray.
  return fitsComfortably(listHeight(items)) && items.length <= 12 ? { ...list, unbreakable: true } : list;
}

function bulletList(items: readonly string[]): Node {
  return { ul: items.map((text) => ({ text, margin: [0, 0, 0, 2] })), style: 'body', margin: [8, 0, 0, 8] };
}

/** Data text with blank-line paragraphs, set as body paragraphs. */
export function paragraphs(text: string): Node[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => collapseSpaces(p).trim())
    .filter((p) => p !== '')
    .map((p) => ({ text: p, style: 'body' }));
}
