// The cover page: a band in the brand colour with title and subtitle, the
// edition date, the headline figures, and the publisher (with logo, when the
// dataset names one). The sample's view adds its label and a note under the
// title, and holds back the forecast figures through view.value/percent.
import { sharedTextMeasurer } from '../charts/text-metrics.js';
import type { RenderContext } from './context.js';
import type { Node } from './nodes.js';
import { CONTENT_WIDTH, MARGINS, PAGE } from './theme.js';

const BAND_HEIGHT = 340;
/** Titles longer than this are set smaller so that they stay inside the band (titles may run to 200 characters). */
const LONG_TITLE = 60;
/** The three headline figures side by side. */
const FIGURE_GAP = 16;
const FIGURE_WIDTH = (CONTENT_WIDTH - 2 * FIGURE_GAP) / 3;
const FIGURE_SIZES = [14, 13, 12, 11] as const;
const SMALLEST_FIGURE_SIZE = 10;

export function coverSection(ctx: RenderContext): Node {
  const { model, fmt, theme, view } = ctx;
  const { publisher, subtitle, published } = model.dataset;
  const { base, end } = model.market.milestones;
  const white = '#ffffff';
  const figures: [string, string][] = [
    [`Market size ${base.year}`, view.money(base.value, base.year)],
    [`Forecast ${end.year}`, view.money(end.value, end.year)],
    [`CAGR ${fmt.span(base.year, end.year)}`, view.percent(model.market.cagr, end.year)],
  ];
  const size = headlineSize(figures.map(([, value]) => value));
  const figure = ([label, value]: [string, string]): Node => ({
    stack: [
      { text: label, fontSize: 8.5, color: theme.muted, margin: [0, 0, 0, 3] },
      { text: value, fontSize: size, bold: true, color: theme.brand },
    ],
  });
  const content: Node[] = [
    { canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE.width, h: BAND_HEIGHT, color: theme.brand }], absolutePosition: { x: 0, y: 0 } },
    { text: publisher.name.toLocaleUpperCase(model.locale), fontSize: 10, color: white, margin: [0, 0, 0, 56] },
    { text: 'MARKET RESEARCH REPORT', fontSize: 9, color: white, margin: [0, 0, 0, 8] },
    { text: model.title, fontSize: model.title.length > LONG_TITLE ? 22 : 30, bold: true, color: white, lineHeight: 1.05, margin: [0, 0, 0, 10] },
    ...(subtitle ? [{ text: subtitle, fontSize: 13, color: white, lineHeight: 1.2 }] : []),
    ...(view.coverLabel
      ? [{ text: view.coverLabel.toLocaleUpperCase(model.locale), fontSize: 12, bold: true, color: white, margin: [0, 16, 0, 0] }]
      : []),
    ...(view.coverNote ? [{ text: view.coverNote, fontSize: 9.5, color: white, lineHeight: 1.2, margin: [0, 4, 0, 0] }] : []),
    {
      absolutePosition: { x: MARGINS[0], y: BAND_HEIGHT + 40 },
      width: CONTENT_WIDTH,
      stack: [
        { text: `Edition: ${fmt.date(published)}`, fontSize: 11, margin: [0, 0, 0, 4] },
        { text: `Forecast period ${fmt.span(model.baseYear + 1, model.forecastTo)} · Base year ${model.baseYear}`, fontSize: 10, color: theme.muted, margin: [0, 0, 0, 28] },
        {
          columns: figures.map(figure),
          columnGap: FIGURE_GAP,
        },
      ],
    },
    publisherBlock(ctx),
  ];
  return { section: content, header: null, footer: null };
}

/**
 * One size for the three headline figures: the largest at which each fits its
 * column on one line ("GBP 1,822,635 thousand" is one unbreakable figure), so
 * none wraps while the others do not. Past the smallest size a figure wraps
 * between characters rather than leave the page.
 */
export function headlineSize(values: readonly string[]): number {
  const widest = (size: number) => Math.max(...values.map((v) => sharedTextMeasurer().width(v, size, 'medium')));
  return FIGURE_SIZES.find((size) => widest(size) <= FIGURE_WIDTH) ?? SMALLEST_FIGURE_SIZE;
}

/**
 * Publisher, contact lines and logo, set from the bottom margin upwards:
 * absolutely positioned content that runs past the margin is cut off.
 */
function publisherBlock(ctx: RenderContext): Node {
  const { publisher } = ctx.model.dataset;
  const contacts = [publisher.website, publisher.email, publisher.phone].filter((x): x is string => Boolean(x));
  const logoHeight = ctx.logoPath ? LOGO_BOX[1] + 10 : 0;
  const height = logoHeight + 14 + contacts.length * 12;
  return {
    absolutePosition: { x: MARGINS[0], y: PAGE.height - MARGINS[3] - height - 8 },
    width: CONTENT_WIDTH,
    stack: [
      ...(ctx.logoPath ? [{ image: ctx.logoPath, fit: LOGO_BOX, margin: [0, 0, 0, 10] }] : []),
      { text: `Published by ${publisher.name}`, fontSize: 10, bold: true },
      ...contacts.map((line) => ({ text: line, fontSize: 9, color: ctx.theme.muted })),
    ],
  };
}

const LOGO_BOX: [number, number] = [140, 48];
