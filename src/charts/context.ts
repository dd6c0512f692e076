// What every spec builder gets: the Model, the one Formatter built for it, the
// theme, and whether the figure is redacted (the free sample).
import { createFormatter, type Formatter } from '../format/index.js';
import type { Model } from '../types.js';
import { createTheme, type ChartTheme } from './theme.js';

export interface ChartContext {
  readonly model: Model;
  readonly fmt: Formatter;
  readonly theme: ChartTheme;
  /**
   * The free sample's charts: no numbers on value axes or labels, and no mark
   * placed or sized by a figure after the base year (see specs/held-back.ts).
   */
  readonly redact: boolean;
}

export function createChartContext(model: Model, redact: boolean): ChartContext {
  return { model, fmt: createFormatter(model), theme: createTheme(model), redact };
}
