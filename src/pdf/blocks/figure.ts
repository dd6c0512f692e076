// A chart as vector SVG with its numbered caption below, kept on one page.
import type { RenderedChart } from '../../charts/index.js';
import type { CaptionRef } from '../../outline/types.js';
import type { Node } from '../nodes.js';
import { captionNode } from '../tables/spec.js';
import { CONTENT_WIDTH, type Theme } from '../theme.js';

/** Charts never take more than this share of a page's height. */
const MAX_HEIGHT = 300;

export function figureNode(chart: RenderedChart, ref: CaptionRef, theme: Theme): Node {
  const scale = Math.min(CONTENT_WIDTH / chart.width, MAX_HEIGHT / chart.height);
  return {
    stack: [
      { svg: chart.svg, width: chart.width * scale, height: chart.height * scale, alignment: 'center' },
      captionNode(ref, ref.caption ?? chart.caption, theme),
    ],
    unbreakable: true,
    margin: [0, 6, 0, 8],
  };
}
