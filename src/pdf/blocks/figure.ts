// A chart as vector SVG with its numbered caption below, kept on one page.
import type { RenderedChart } from '../../charts/index.js';
import type { CaptionRef } from '../../outline/types.js';
import type { Node } from '../nodes.js';
import { captionNode } from '../tables/spec.js';
import { CONTENT_WIDTH, type Theme } from '../theme.js';

/**
 * Charts are set to the text width, so that their labels print at one size in
 * every figure, and shrink only past this height (points, a little over half
 * the page body). At 300 a company-share chart of ten companies and "Others"
 * (393 px tall) printed its labels at 8 pt against 10.4 pt in every other chart.
 */
export const MAX_FIGURE_HEIGHT = 420;

export function figureNode(chart: RenderedChart, ref: CaptionRef, theme: Theme): Node {
  const scale = Math.min(CONTENT_WIDTH / chart.width, MAX_FIGURE_HEIGHT / chart.height);
  return {
    stack: [
      { svg: chart.svg, width: chart.width * scale, height: chart.height * scale, alignment: 'center' },
      captionNode(ref, ref.caption ?? chart.caption, theme),
    ],
    unbreakable: true,
    margin: [0, 6, 0, 8],
  };
}
