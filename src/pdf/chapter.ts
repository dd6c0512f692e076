// One resolved chapter -> one pdfmake section: a new page, its running header,
// a heading that is a bookmark and the anchor the contents point to, then its
// sections' blocks, the last few kept together (keep.ts).
import { boundContext } from '../narrative/index.js';
import type { ResolvedBlock, ResolvedChapter, ResolvedSection } from '../outline/types.js';
import { companyProfileHeight, companyProfileNodes } from './blocks/company.js';
import { figureNode } from './blocks/figure.js';
import { listNodes } from './blocks/lists.js';
import { narrativeNodes } from './blocks/narrative.js';
import type { RenderContext } from './context.js';
import { fitsComfortably } from './fit.js';
import { keepTail, keepWithFirst } from './keep.js';
import type { Node } from './nodes.js';
import { runningHeader } from './running.js';
import { buildTable, tableNode } from './tables/index.js';
import { CONTENT_WIDTH, type Theme } from './theme.js';

export function chapterSection(chapter: ResolvedChapter, ctx: RenderContext): Node {
  const label = `${chapter.number} ${chapter.title}`;
  return {
    section: [chapterHeading(chapter, ctx), ...keepTail(chapter.sections.flatMap((s) => sectionNodes(s, chapter, ctx)))],
    header: runningHeader(ctx.model.title, label, ctx.theme),
  };
}

function chapterHeading(chapter: ResolvedChapter, ctx: RenderContext): Node {
  return {
    stack: [
      {
        text: chapterTitleText(chapter, ctx.theme),
        style: 'chapterTitle',
        id: chapter.anchor,
        outline: true,
        outlineText: `${chapter.number} ${chapter.title}`,
      },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.5, lineColor: ctx.theme.brand }], margin: [0, 0, 0, 6] },
    ],
  };
}

/** A chapter's heading as printed (number muted), in the chapter and in the contents. */
export function chapterTitleText(chapter: ResolvedChapter, theme: Theme): Node[] {
  return [{ text: `${chapter.number}  `, color: theme.muted }, { text: chapter.title }];
}

/** A section's heading as printed (number in the brand colour), in the chapter and in the contents. */
export function sectionTitleText(section: ResolvedSection, theme: Theme): Node[] {
  return [{ text: `${section.number}  `, color: theme.brand }, { text: section.title }];
}

/** A section's heading and blocks, as the chapter's blocks (keepTail may keep the last of one section with the next). */
function sectionNodes(section: ResolvedSection, chapter: ResolvedChapter, ctx: RenderContext): Node[] {
  const heading: Node = {
    text: sectionTitleText(section, ctx.theme),
    style: 'sectionTitle',
    id: section.anchor,
    outline: true,
    outlineParentId: chapter.anchor,
    outlineText: `${section.number} ${section.title}`,
  };
  const body = section.blocks.flatMap((b) => blockNodes(b, ctx));
  // A profile that surely fits is kept on one page rather than split.
  const profile = section.blocks.find((b) => b.kind === 'company-profile');
  if (profile && fitsComfortably(companyProfileHeight(ctx, profile.binding.company!))) {
    return [{ stack: [heading, ...body], unbreakable: true }];
  }
  return keepWithFirst(heading, body);
}

function blockNodes(block: ResolvedBlock, ctx: RenderContext): Node[] {
  switch (block.kind) {
    case 'narrative':
      return narrativeNodes(ctx.narrative.blocks(block.template, boundContext(ctx.templateData, block.binding)));
    case 'chart': {
      const chart = ctx.charts.get(block.chartId);
      if (!chart) throw new Error(`chart "${block.chartId}" is in the outline but not in the chart catalogue`);
      return [figureNode(chart, block.figure, ctx.theme)];
    }
    case 'table':
      return tableNode(buildTable(block.table, ctx, block.binding), block.ref, ctx.theme);
    case 'list':
      return listNodes(block.list, ctx.model.dataset);
    case 'company-profile':
      return companyProfileNodes(ctx, block.binding.company!);
  }
}
