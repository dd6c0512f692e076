// Keeping a heading with what follows it. A heading is bundled with its first
// block into one unbreakable stack when that block surely fits on a page;
// otherwise it is marked with a headlineLevel, and the document's
// pageBreakBefore hook (page-breaks.ts) moves it when it would end a page.
import { fitsComfortably, textHeight } from './fit.js';
import type { Node } from './nodes.js';

export function keepWithFirst(heading: Node, body: readonly Node[]): Node[] {
  const [first, ...rest] = body;
  if (first && isSmall(first)) return [{ stack: [heading, first], unbreakable: true }, ...rest];
  return [{ ...heading, headlineLevel: 1 }, ...body];
}

function isSmall(node: Node): boolean {
  if (node.headlineLevel !== undefined) return false;
  // Already a keep-together block (figure, short table, bundled heading): sized when it was made.
  if (node.unbreakable === true) return true;
  if (typeof node.text === 'string') return fitsComfortably(textHeight(node.text, 10) + 60);
  if (Array.isArray(node.ul)) {
    const text = (node.ul as { text: string }[]).map((i) => i.text).join('\n');
    return fitsComfortably(textHeight(text, 10) + 60);
  }
  return false;
}
