// The sample's last page: what the full report holds that the sample does not,
// and how to reach the publisher to buy it. Counts come from the resolved
// outline (the same one the contents page lists), contacts from the dataset;
// a contact the dataset lacks is left out, never printed empty.
import { lowerCaseTitle } from '../format/titles.js';
import { bullets } from './blocks/narrative.js';
import type { RenderContext } from './context.js';
import type { Node } from './nodes.js';
import { runningHeader } from './running.js';

export interface ClosingOptions {
  /** Figures after this year are shown as "XX" in the sample; absent when nothing is held back. */
  readonly heldBackAfter?: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Medical Second Opinion Market report"; a title that already says "Report" is left as it is. */
const reportName = (title: string) => (/\breport$/i.test(title.trim()) ? title : `${title} report`);

export function closingSection(ctx: RenderContext, options: ClosingOptions): Node {
  const { model, outline, view, theme, fmt } = ctx;
  const total = outline.chapters.length;
  const shown = outline.chapters.filter((c) => view.includes(c)).length;
  const which = shown < total ? `${shown} of the ${total} chapters` : total === 1 ? 'the only chapter' : `all ${total} chapters`;
  const sections = outline.chapters.reduce((n, c) => n + c.sections.length, 0);
  const heldBack = options.heldBackAfter === undefined ? '' : `, with the figures after ${options.heldBackAfter} held back`;
  const contents = [
    `All ${plural(outline.chapters.length, 'chapter', 'chapters')} and ${plural(sections, 'section', 'sections')}`,
    ...(options.heldBackAfter === undefined ? [] : [`Every figure for ${fmt.span(options.heldBackAfter + 1, model.forecastTo)}, in text, tables and charts`]),
    `${plural(outline.figures.length, 'figure', 'figures')} and ${plural(outline.tables.length, 'table', 'tables')}`,
    `Market size for every year ${fmt.span(model.firstYear, model.forecastTo)}: actual values to ${model.baseYear}, forecasts after`,
    `Segmentation by ${fmt.list(model.segmentations.map((s) => lowerCaseTitle(s.title)))}`,
    `Profiles of ${plural(model.companies.list.length, 'key company', 'key companies')}`,
    'An Excel data pack with every series of the report',
  ];
  return {
    section: [
      { text: 'How to Buy the Full Report', style: 'frontTitle' },
      {
        // The title names the market; the chapters are the report's.
        text: `This sample shows ${which} of the ${reportName(model.title)}${heldBack}. The full report contains:`,
        style: 'body',
      },
      bullets(contents),
      { text: 'Contact', style: 'sectionTitle' },
      {
        text: `To order the full report, or to ask about licences for several users, contact ${model.dataset.publisher.name} and quote the report title and its edition of ${fmt.date(model.dataset.published)}.`,
        style: 'body',
      },
      contactBlock(ctx),
    ],
    header: runningHeader(model.title, 'How to Buy', theme),
  };
}

function contactBlock(ctx: RenderContext): Node {
  const { publisher } = ctx.model.dataset;
  const line = (label: string, value: string, link?: string): Node => ({
    columns: [
      // Same size as the value, so that both sit on one baseline (and read as one line).
      { text: label, fontSize: 10, color: ctx.theme.muted, width: 70 },
      { text: value, fontSize: 10, width: '*', ...(link ? { link, color: ctx.theme.brand } : {}) },
    ],
    margin: [0, 0, 0, 4],
  });
  const lines: Node[] = [
    { text: publisher.name, bold: true, fontSize: 11, margin: [0, 2, 0, 6] },
    ...(publisher.website ? [line('Website', publisher.website, publisher.website)] : []),
    ...(publisher.email ? [line('E-mail', publisher.email, `mailto:${publisher.email}`)] : []),
    ...(publisher.phone ? [line('Phone', publisher.phone)] : []),
  ];
  return { stack: lines, unbreakable: true, margin: [0, 4, 0, 0] };
}
