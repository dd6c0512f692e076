// The document definition: cover, front matter, then one section per chapter
// the view includes. Built fresh for every render, because pdfmake mutates the
// definition it is given.
import { VERSION } from '../version.js';
import { chapterSection } from './chapter.js';
import type { RenderContext } from './context.js';
import { coverSection } from './cover.js';
import { contentsSection, disclaimerSection, listsSection } from './front.js';
import type { DocDefinition, Node } from './nodes.js';
import { RUNNING, runningFooter } from './running.js';
import { defaultStyle, MARGINS, PAGE, styles } from './theme.js';

export function assembleDocument(ctx: RenderContext): DocDefinition {
  const { model, view } = ctx;
  const lists = listsSection(ctx);
  const chapters = ctx.outline.chapters.filter((c) => view.includes(c));
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    language: model.locale,
    info: metadata(ctx),
    defaultStyle: defaultStyle(ctx.theme),
    styles: styles(ctx.theme),
    footer: runningFooter(model.dataset.publisher.name),
    pageBreakBefore: keepWithNext,
    ...(view.watermark ? { watermark: { text: view.watermark, color: ctx.theme.brand, opacity: 0.08, bold: true } } : {}),
    content: [
      coverSection(ctx),
      disclaimerSection(ctx),
      contentsSection(ctx),
      ...(lists ? [lists] : []),
      ...chapters.map((c) => chapterSection(c, ctx)),
    ],
  };
}

/** Title, author, subject, keywords; dates from the edition date so the bytes never depend on the clock. */
function metadata(ctx: RenderContext): Record<string, unknown> {
  const { model } = ctx;
  const date = new Date(`${model.dataset.published}T00:00:00Z`);
  const keywords = [model.title, ...model.segmentations.map((s) => `${s.title} segmentation`), 'market size', 'market share', 'forecast', 'CAGR'];
  return {
    title: model.title,
    author: model.dataset.publisher.name,
    subject: model.dataset.subtitle ?? `${model.title}: market size, segments and forecast to ${model.forecastTo}`,
    keywords: keywords.join(', '),
    creator: `market-report ${VERSION}`,
    producer: `market-report ${VERSION} (pdfmake)`,
    creationDate: date,
    modDate: date,
  };
}

/** Space at the bottom of a page below which a heading or caption moves to the next page when nothing follows it there. */
const ORPHAN_ZONE = 110;

interface NodeInfo {
  readonly headlineLevel?: number;
  readonly startPosition: { readonly top: number };
}

/**
 * Moves a heading or a long table's caption (the nodes with a headlineLevel,
 * see keep.ts) to the next page when it sits at the bottom of a page with
 * nothing of its own after it.
 */
function keepWithNext(node: NodeInfo, helpers: { getFollowingNodesOnPage(): readonly { style?: unknown }[] }): boolean {
  if (node.headlineLevel === undefined) return false;
  if (node.startPosition.top < PAGE.height - MARGINS[3] - ORPHAN_ZONE) return false;
  return helpers.getFollowingNodesOnPage().every((n) => n.style === RUNNING);
}

export type { Node };
