// pdfmake's pageBreakBefore hook: the nodes we move to the next page after a
// layout, because of where that layout put them. pdfmake lays the document
// out again after each move, so the rules are narrow: each one fires only in
// the case a reader would see as broken.
//  - A heading or a long table's caption (a node with a headlineLevel, see
//    keep.ts) at the foot of a page with nothing of its own after it.
//  - A chapter's tail: a paragraph whose last lines spill onto a page that
//    holds nothing else before the next chapter's page break (a lone line or
//    two on an otherwise empty page, in 2 of 120 generated PDFs).
import { RUNNING } from './running.js';
import { BODY_TEXT, MARGINS, PAGE, ROBOTO_EM } from './theme.js';

/** Space at the bottom of a page below which a heading or caption moves to the next page when nothing follows it there. */
const ORPHAN_ZONE = 110;

/** One line of a body paragraph (style 'body'). */
const BODY_LINE = BODY_TEXT.fontSize * BODY_TEXT.lineHeight * ROBOTO_EM.line;

/**
 * A paragraph is moved whole only when at most this many of its lines are on
 * the page it leaves: the gap it leaves there stays within what a heading
 * kept with its text leaves (ORPHAN_ZONE).
 */
const MOVABLE_LINES = 7;

const BODY_BOTTOM = PAGE.height - MARGINS[3];

/** What pdfmake tells the hook about a laid-out node (a copy of some of its properties). */
interface NodeInfo {
  readonly text?: unknown;
  readonly style?: unknown;
  readonly headlineLevel?: number;
  readonly pageNumbers: readonly number[];
  readonly startPosition: { readonly top: number };
}

interface Helpers {
  getFollowingNodesOnPage(): readonly NodeInfo[];
  getNodesOnNextPage(): readonly NodeInfo[];
}

export function pageBreakBefore(node: NodeInfo, helpers: Helpers): boolean {
  return strandedHeading(node, helpers) || lonelyChapterTail(node, helpers);
}

function strandedHeading(node: NodeInfo, helpers: Helpers): boolean {
  if (node.headlineLevel === undefined) return false;
  if (node.startPosition.top < BODY_BOTTOM - ORPHAN_ZONE) return false;
  return helpers.getFollowingNodesOnPage().every((n) => n.style === RUNNING);
}

/**
 * A body paragraph that starts on one page and ends on the next, where
 * nothing but the running header and footer follows it on that next page: the
 * chapter ends there with the paragraph's last lines alone. The paragraph
 * moves there whole when that leaves a gap of at most MOVABLE_LINES lines on
 * the page it leaves. (How many lines spill over pdfmake does not say; the
 * move is right for any number: the chapter's last page then holds a whole
 * paragraph, and chapter pages end this way only in a few reports, so the
 * extra layout pass it costs is rare.)
 */
function lonelyChapterTail(node: NodeInfo, helpers: Helpers): boolean {
  if (node.style !== 'body' || typeof node.text !== 'string' || node.pageNumbers.length !== 2) return false;
  if (!helpers.getNodesOnNextPage().every((n) => n.style === RUNNING)) return false;
  return Math.floor((BODY_BOTTOM - node.startPosition.top) / BODY_LINE) <= MOVABLE_LINES;
}
