// What every spec builder gets: the Model, the one Formatter built for it, the
// theme, whether the figure is redacted, and the deliverable it is drawn for.
import { createFormatter, type Formatter } from '../format/index.js';
import type { Model } from '../types.js';
import { createTheme, type ChartTheme } from './theme.js';

/**
 * The deliverable a figure is drawn for. A redacted figure says where its
 * held-back figures are, and that is not the same place for the free sample
 * PDF ("held back in this sample") and the web excerpt page, which is no
 * sample and prints the headline forecast above its chart.
 */
export type Deliverable = 'report' | 'sample' | 'page';

export interface ChartContext {
  readonly model: Model;
  readonly fmt: Formatter;
  readonly theme: ChartTheme;
  /**
   * The free sample's and the web page's charts: no numbers on value axes or
   * labels where a figure after the base year is held back, and no mark placed
   * or sized by such a figure (see specs/held-back.ts).
   */
  readonly redact: boolean;
  readonly deliverable: Deliverable;
}

export function createChartContext(model: Model, redact: boolean, deliverable: Deliverable = redact ? 'sample' : 'report'): ChartContext {
  return { model, fmt: createFormatter(model), theme: createTheme(model), redact, deliverable };
}
