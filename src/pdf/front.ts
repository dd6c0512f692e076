// Front matter after the cover: disclaimer, contents, lists of figures and
// tables. The contents and lists are pdfmake tocs, filled from the tocItem
// marks on chapter and section headings and on captions, so their page
// numbers and links are those of the final layout.
import { boundContext } from '../narrative/index.js';
import { narrativeNodes } from './blocks/narrative.js';
import type { RenderContext } from './context.js';
import type { Node } from './nodes.js';
import { runningHeader } from './running.js';

export function disclaimerSection(ctx: RenderContext): Node {
  const blocks = ctx.narrative.blocks('disclaimer', boundContext(ctx.templateData, {}));
  return { section: narrativeNodes(blocks), header: runningHeader(ctx.model.title, '', ctx.theme) };
}

export function contentsSection(ctx: RenderContext): Node {
  if (ctx.view.toc !== 'pdfmake') {
    // The sample's contents list every chapter of the outline, marking those
    // left out; it is built from page references, not pdfmake's toc (issue 7).
    throw new Error(`contents of kind "${ctx.view.toc}" are not implemented yet`);
  }
  return {
    section: [
      {
        toc: {
          id: 'main',
          title: { text: 'Contents', style: 'frontTitle' },
          textStyle: 'tocSection',
          numberStyle: 'tocSection',
        },
      },
    ],
    header: runningHeader(ctx.model.title, 'Contents', ctx.theme),
  };
}

/** The lists of figures and tables share pages; absent when the report has neither. */
export function listsSection(ctx: RenderContext): Node | undefined {
  const { figures, tables } = ctx.outline;
  const shown = (chapter: number) => ctx.outline.chapters.some((c) => c.number === chapter && ctx.view.includes(c));
  const anyFigure = figures.some((f) => shown(f.chapter));
  const anyTable = tables.some((t) => shown(t.chapter));
  if (!anyFigure && !anyTable) return undefined;
  const lists: Node[] = [];
  if (anyFigure) lists.push({ toc: { id: 'figures', title: { text: 'List of Figures', style: 'frontTitle' } } });
  if (anyTable) {
    lists.push({ toc: { id: 'tables', title: { text: 'List of Tables', style: 'frontTitle', margin: [0, anyFigure ? 24 : 0, 0, 14] } } });
  }
  return { section: lists, header: runningHeader(ctx.model.title, 'Figures and Tables', ctx.theme) };
}
