// The document definition: cover, front matter, then one section per chapter
// the view includes. Built fresh for every render, because pdfmake mutates the
// definition it is given.
import { VERSION } from '../version.js';
import { chapterSection } from './chapter.js';
import type { RenderContext } from './context.js';
import { coverSection } from './cover.js';
import { disclaimerSection, frontSections } from './front.js';
import type { DocDefinition, Node } from './nodes.js';
import { pageBreakBefore } from './page-breaks.js';
import { runningFooter } from './running.js';
import { defaultStyle, MARGINS, styles } from './theme.js';

export function assembleDocument(ctx: RenderContext): DocDefinition {
  const { model, view } = ctx;
  const chapters = ctx.outline.chapters.filter((c) => view.includes(c));
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    language: model.locale,
    info: metadata(ctx),
    defaultStyle: defaultStyle(ctx.theme),
    styles: styles(ctx.theme),
    footer: runningFooter(model.dataset.publisher.name),
    pageBreakBefore,
    ...(view.watermark ? { watermark: { text: view.watermark, color: ctx.theme.brand, opacity: 0.08, bold: true } } : {}),
    content: [
      coverSection(ctx),
      disclaimerSection(ctx),
      ...frontSections(ctx),
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

export type { Node };
