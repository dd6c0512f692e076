// Front matter after the cover: disclaimer, contents, lists of figures and
// tables. The contents list every chapter and section of the outline, with
// page references (pdfmake writes the page each heading lands on) and links
// for the chapters laid out, "not included" for the others (the sample's).
// They are our own table, not a pdfmake toc, so that a chapter's line is kept
// with its first section: a toc is one row per entry, and pdfmake keeps a row
// together but never with the next one, which left a chapter's line alone at
// the foot of a contents page in 20 of 120 PDFs of a generated catalogue.
// The lists of figures and tables are built the same way from the outline's
// figures and tables (pdfmake's toc left a list's last entry alone on a page).
import { boundContext } from '../narrative/index.js';
import type { CaptionRef, ResolvedChapter } from '../outline/types.js';
import { narrativeNodes } from './blocks/narrative.js';
import { chapterTitleText, sectionTitleText } from './chapter.js';
import type { RenderContext } from './context.js';
import { tablePages } from './contents-fit.js';
import type { Node } from './nodes.js';
import { runningHeader } from './running.js';
import { captionText } from './tables/spec.js';
import { ROBOTO_EM, styles, type Theme } from './theme.js';

/** What the sample's contents print where a page number would be. */
export const NOT_INCLUDED = 'Not included in this sample';

export function disclaimerSection(ctx: RenderContext): Node {
  const blocks = ctx.narrative.blocks('disclaimer', boundContext(ctx.templateData, {}));
  return { section: narrativeNodes(blocks), header: runningHeader(ctx.model.title, '', ctx.theme) };
}


/** A part of the front matter as laid out: its nodes and the groups of rows its pages are reckoned from (contents-fit.ts). */
interface Part {
  readonly nodes: Node[];
  readonly lead: readonly Node[];
  readonly groups: readonly (readonly Node[][])[];
}

/**
 * The lists of figures and tables share pages; absent when the report has
 * neither. Each entry links to its caption, with the page pdfmake lays it out
 * on. A list's title is kept with its first entry and its last entry with the
 * one before, as in the contents.
 */
function listsPart(ctx: RenderContext): Part | undefined {
  const { outline, view, theme } = ctx;
  const shown = (chapter: number) => outline.chapters.some((c) => c.number === chapter && view.includes(c));
  const chartCaption = (chartId: string) => ctx.charts.get(chartId)?.caption ?? '';
  const listsAt = (margin: number) => {
    const figures = outline.figures.filter((f) => shown(f.chapter)).map((f) => listRow(f, f.caption ?? chartCaption(f.chartId), theme, margin));
    const tables = outline.tables.filter((t) => shown(t.chapter)).map((t) => listRow(t, t.caption ?? '', theme, margin));
    const lists: Node[][][][] = [];
    if (figures.length > 0) lists.push(listGroups({ text: 'List of Figures', style: 'frontTitle' }, figures));
    if (tables.length > 0) lists.push(listGroups({ text: 'List of Tables', style: 'frontTitle', margin: [0, figures.length > 0 ? LIST_GAP : 0, 0, 14] }, tables));
    return lists;
  };
  const usual = listsAt(USUAL.list);
  if (usual.length === 0) return undefined;
  // Set tighter when that saves a page: a list's last two entries alone on a page read as a page left over.
  const tight = listsAt(TIGHT.list);
  const lists = tablePages([], tight.flat(), GAP) < tablePages([], usual.flat(), GAP) ? tight : usual;
  return { nodes: lists.map(keepTable), lead: [], groups: lists.flat() };
}

function listRow(ref: CaptionRef, caption: string, theme: Theme, space: number): Node[] {
  const margin = [0, space, 0, space];
  return [{ text: captionText(ref, caption, theme), style: 'tocEntry', margin, linkToDestination: ref.anchor }, pageCell(ref.anchor, 'tocEntry', margin)];
}

/** The page an anchor lands on (pdfmake fills it in after layout), right-aligned and linked to it. */
function pageCell(anchor: string, style: string, margin: number[]): Node {
  return { pageReference: anchor, style, alignment: 'right', margin, linkToDestination: anchor };
}

/** A list's groups of rows: its title with its first entry, then each entry on its own, the last with the one before. */
function listGroups(title: Node, rows: Node[][]): Node[][][] {
  const [first, ...rest] = rows;
  return lastJoined([[[{ ...title, colSpan: 2 }, {}], first!], ...rest.map((row) => [row])]);
}

/** A borderless two-column table of groups of rows, each group kept on one page; a last group of one row joins the one before. */
function keepTable(groups: readonly Node[][][]): Node {
  return { table: { widths: ['*', 'auto'], body: lastJoined(groups).map(keptTogether), dontBreakRows: true }, layout: CONTENTS_LAYOUT };
}

/** Groups of rows with a last group of one row joined to the one before, so that the last entry never stands alone on a page. */
function lastJoined(groups: readonly Node[][][]): Node[][][] {
  const last = groups.at(-1);
  return groups.length > 1 && last!.length === 1 ? [...groups.slice(0, -2), [...groups.at(-2)!, ...last!]] : [...groups];
}

/**
 * Every chapter and section of the outline, in a borderless two-column table.
 * A chapter laid out here gets a link and a pageReference (pdfmake writes the
 * page its heading lands on); a chapter left out gets NOT_INCLUDED and its
 * sections no number at all, so that no entry points at a page that is not
 * in this document. The sample says first which chapters it holds.
 */
/**
 * The contents and then the lists of figures and tables: the lists on pages
 * of their own, or after the contents on their last page where that saves a
 * page (the sample's contents, too long to fit one page even set tighter,
 * left their last five lines alone on a page: smart-batteries-427-3).
 */
export function frontSections(ctx: RenderContext): Node[] {
  const contents = contentsPart(ctx);
  const lists = listsPart(ctx);
  const header = (label: string) => runningHeader(ctx.model.title, label, ctx.theme);
  if (!lists) return [{ section: contents.nodes, header: header('Contents') }];
  const apart = tablePages(contents.lead, contents.groups, GAP) + tablePages(lists.lead, lists.groups, GAP);
  // The estimate reckons both parts as one table: the gap above the first list's
  // title and a margin for the two tables' own columns count as a row of space
  // (without it the default sample's lists left two lines alone on a page).
  const between: Node[][] = [[{ text: '', margin: [0, LIST_GAP + SHARED_PAGE_SLACK, 0, 0] }, { text: '' }]];
  if (tablePages(contents.lead, [...contents.groups, between, ...lists.groups], GAP) < apart) {
    const [first, ...rest] = lists.nodes;
    // The first list's title, first in its table, is set clear of the contents above it.
    return [{ section: [...contents.nodes, { stack: [first!], margin: [0, LIST_GAP, 0, 0] }, ...rest], header: header('Contents') }];
  }
  return [
    { section: contents.nodes, header: header('Contents') },
    { section: lists.nodes, header: header('Figures and Tables') },
  ];
}

function contentsPart(ctx: RenderContext): Part {
  const { outline, view, theme } = ctx;
  const intro: Node[] = view.kind === 'sample' ? [{ text: sampleIntro(ctx), style: 'body', color: theme.muted, margin: [0, 0, 0, 6] }] : [];
  const lead: Node[] = [{ text: 'Contents', style: 'frontTitle' }, ...intro];
  const groupsAt = (spacing: Spacing) => lastJoined(outline.chapters.flatMap((c) => contentsGroups(c, view.includes(c), ctx, spacing)));
  const usual = groupsAt(USUAL);
  const tight = groupsAt(TIGHT);
  const groups = tablePages(lead, tight, GAP) < tablePages(lead, usual, GAP) ? tight : usual;
  // keepTable also keeps the last entry with the one before.
  return { nodes: [...lead, keepTable(groups)], lead, groups };
}

function sampleIntro({ outline, view, fmt }: RenderContext): string {
  const included = outline.chapters.filter((c) => view.includes(c));
  return included.length === outline.chapters.length
    ? outline.chapters.length === 1
      ? "This sample contains the full report's only chapter."
      : `This sample contains all ${outline.chapters.length} chapters of the full report.`
    : `This sample contains ${included.length === 1 ? 'chapter' : 'chapters'} ${fmt.list(included.map((c) => String(c.number)))} ` +
        `of the ${outline.chapters.length} chapters of the full report. The other chapters are listed to show what the full report covers.`;
}

const NOTE_SIZE = 8.5;

/** Space above a list's title where it follows another part on the same page. */
const LIST_GAP = 24;

/** Room kept free when the lists are to share the contents' last page: the estimate is of one table, pdfmake sets two. */
const SHARED_PAGE_SLACK = 36;

/** Space between a title and its page number. */
const GAP = 10;

/** No rules; a gap between a title and its page number. */
const CONTENTS_LAYOUT = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: (column: number) => (column === 0 ? GAP : 0),
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** Space above a chapter's line and above and below each section's line of the contents, and above and below each entry of the lists. */
interface Spacing {
  readonly chapter: number;
  readonly section: number;
  readonly list: number;
}

/** The front matter's usual spacing, and the tighter one a part is set in when that takes fewer pages (contents-fit.ts). */
const USUAL: Spacing = { chapter: 8, section: 1, list: 4 };
const TIGHT: Spacing = { chapter: 5, section: 0.5, list: 2.5 };

/**
 * A chapter's contents entries as groups of rows that must share a page: the
 * chapter's line with its first section (so it never ends a page alone), then
 * each further section on its own.
 */
function contentsGroups(chapter: ResolvedChapter, included: boolean, ctx: RenderContext, spacing: Spacing): Node[][][] {
  const muted = ctx.theme.muted;
  const chapterMargin = [0, spacing.chapter, 0, 1];
  // The smaller note sits on the chapter title's baseline: lower by the difference of their ascents.
  const chapterSize = styles(ctx.theme).tocChapter!.fontSize as number;
  const noteTop = chapterMargin[1]! + (chapterSize - NOTE_SIZE) * ROBOTO_EM.ascent;
  const sectionMargin = [16, spacing.section, 0, spacing.section];
  // Links only where the destination exists: an excluded chapter has no anchor in this document.
  const link = (anchor: string) => (included ? { linkToDestination: anchor } : { color: muted });
  const page = (anchor: string, style: string, margin: number[]): Node => (included ? pageCell(anchor, style, margin) : { text: '', margin });
  const chapterRow: Node[] = [
    { text: chapterTitleText(chapter, ctx.theme), style: 'tocChapter', margin: chapterMargin, ...link(chapter.anchor) },
    included
      ? page(chapter.anchor, 'tocChapter', chapterMargin)
      : { text: NOT_INCLUDED, italics: true, fontSize: NOTE_SIZE, color: muted, alignment: 'right', margin: [0, noteTop, 0, 1] },
  ];
  const sectionRows = chapter.sections.map((s): Node[] => [
    {
      text: included ? sectionTitleText(s, ctx.theme) : `${s.number}  ${s.title}`,
      style: 'tocSection',
      margin: sectionMargin,
      ...link(s.anchor),
    },
    page(s.anchor, 'tocSection', sectionMargin),
  ]);
  const [first, ...rest] = sectionRows;
  return [first ? [chapterRow, first] : [chapterRow], ...rest.map((row) => [row])];
}

/** Rows that must share a page become one row (the table's rows never break) holding them as a nested table. */
function keptTogether(rows: Node[][]): Node[] {
  if (rows.length === 1) return rows[0]!;
  return [{ colSpan: 2, table: { widths: ['*', 'auto'], body: rows }, layout: CONTENTS_LAYOUT }, {}];
}
