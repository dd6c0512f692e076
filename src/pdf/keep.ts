// Keeping a heading with what follows it. A heading is bundled with its first
// block into one unbreakable stack when that block surely fits on a page;
// otherwise it is marked with a headlineLevel, and the document's
// pageBreakBefore hook (page-breaks.ts) moves it when it would end a page.
// A heading with a short intro and the figure or short table it introduces
// are bundled all three: the intro alone at the foot of a page, its figure
// alone on the next, read as two broken pages. And a chapter's last two
// short blocks (questions with their answers) are kept together, so that its
// last page never holds one alone.
import { blockHeight, fitsBesideKept, fitsComfortably, textHeight } from './fit.js';
import type { Node } from './nodes.js';
import { BODY_TEXT } from './theme.js';

/** An intro of at most this many lines (as textHeight estimates them) goes with the block it introduces. */
const INTRO_LINES = 3;

export function keepWithFirst(heading: Node, body: readonly Node[]): Node[] {
  const [first, second, ...rest] = body;
  if (first && second && introduces(heading, first, second)) return [{ stack: [heading, first, second], unbreakable: true }, ...rest];
  if (first && isSmall(first)) return [{ stack: [heading, first], unbreakable: true }, ...body.slice(1)];
  return [{ ...heading, headlineLevel: 1 }, ...body];
}

/**
 * `intro` is a short body paragraph and `block` a keep-together block (a
 * figure, a short table: each at most a comfortable page, fit.ts), with room
 * beside it on a page for the heading and the intro.
 */
function introduces(heading: Node, intro: Node, block: Node): boolean {
  if (intro.style !== 'body' || typeof intro.text !== 'string') return false;
  if (block.unbreakable !== true || block.headlineLevel !== undefined) return false;
  if (textHeight(intro.text, BODY_TEXT.fontSize) > textHeight('one line', BODY_TEXT.fontSize) * INTRO_LINES) return false;
  return fitsBesideKept(blockHeight(heading) + blockHeight(intro));
}

/**
 * A chapter's last blocks with the last two kept together when both are
 * keep-together blocks of text (a question with its answer, a titled driver)
 * that surely fit on a page together. When the last one does not fit at the
 * foot of a page, the one before goes with it: the last page of a chapter
 * (say its FAQ before the methodology's new page) then holds two, not one
 * short question with two lines of answer.
 */
export function keepLastTwo(body: readonly Node[]): Node[] {
  const [a, b] = body.slice(-2);
  if (!a || !b || a.unbreakable !== true || b.unbreakable !== true) return [...body];
  if (!fitsComfortably(blockHeight(a) + blockHeight(b))) return [...body];
  return [...body.slice(0, -2), { stack: [a, b], unbreakable: true }];
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
