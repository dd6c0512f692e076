// What every spec builder gets: the Model, the one Formatter built for it, the
// theme, and whether the figure is redacted (the free sample).
import { createFormatter, type Formatter } from '../format/index.js';
import type { Model } from '../types.js';
import { createTheme, type ChartTheme } from './theme.js';

export interface ChartContext {
  readonly model: Model;
  readonly fmt: Formatter;
  readonly theme: ChartTheme;
  /** Value axes and value labels carry no numbers; shapes stay. */
  readonly redact: boolean;
}

export function createChartContext(model: Model, redact: boolean): ChartContext {
  return { model, fmt: createFormatter(model), theme: createTheme(model), redact };
}
