// Keeping a heading with what follows it. A heading is bundled with its first
// block into one unbreakable stack when that block surely fits on a page;
// otherwise it is marked with a headlineLevel, and the document's
// pageBreakBefore hook (page-breaks.ts) moves it when it would end a page.
// A heading with a short intro and the figure or short table it introduces
// are bundled all three: the intro alone at the foot of a page, its figure
// alone on the next, read as two broken pages. And a chapter's last few
// short blocks are kept together, so that its last page never holds a
// heading and a line or two alone.
import { BODY_HEIGHT, blockHeight, fitsBesideKept, fitsComfortably, textHeight } from './fit.js';
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
 * A chapter's last page should hold at least this much: a lone short section
 * (a heading and two lines) or two short answers on the page before the next
 * chapter's new page read as a page left over.
 */
const TAIL_MIN = BODY_HEIGHT * 0.3;
/** ...and the page before it gives up at most this much for it (the tail kept together moves whole). */
const TAIL_MAX = BODY_HEIGHT * 0.5;

/**
 * A chapter's blocks with its last few kept together: blocks of text (short
 * sections, questions with their answers, titled drivers) taken from the end
 * until they make TAIL_MIN, at most TAIL_MAX, and at least two. When they do
 * not fit at the foot of a page they move to the next one together, so that
 * the chapter's last page holds a fair part of a page, not one short section
 * or a question with two lines of answer (4.6 alone in marine-coatings-977-1,
 * two answers in the default report's FAQ). Figures and tables (whose height
 * blockHeight does not estimate) end the run.
 */
export function keepTail(blocks: readonly Node[]): Node[] {
  let start = blocks.length;
  let height = 0;
  while (start > 0 && height < TAIL_MIN) {
    const next = blockHeight(blocks[start - 1]!);
    if (height + next > TAIL_MAX) break;
    height += next;
    start -= 1;
  }
  if (blocks.length - start < 2) return [...blocks];
  return [...blocks.slice(0, start), { stack: blocks.slice(start), unbreakable: true }];
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
