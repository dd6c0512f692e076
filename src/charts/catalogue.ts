// chartCatalogue: the figures of one report, in the order a reader meets
// them. A figure whose data the Model lacks (no scenarios, no regional data,
// no company shares) is left out, never drawn empty.
import type { Model } from '../types.js';
import { createChartContext } from './context.js';
import type { ChartFigure, ChartOptions } from './figure.js';
import { companyShareFigure } from './specs/company-share.js';
import { marketGrowthFigure } from './specs/market-growth.js';
import { marketSizeFigure } from './specs/market-size.js';
import { regionalValueFigure } from './specs/regional-values.js';
import { regionalFigure } from './specs/regional.js';
import { scenariosFigure } from './specs/scenarios.js';
import { segmentCagrFigure, segmentShareFigure, segmentValueFigure } from './specs/segments.js';

export function chartCatalogue(model: Model, options: ChartOptions = {}): ChartFigure[] {
  const ctx = createChartContext(model, options.redact ?? false, options.deliverable);
  const figures: (ChartFigure | undefined)[] = [
    marketSizeFigure(ctx),
    marketGrowthFigure(ctx),
    scenariosFigure(ctx),
    companyShareFigure(ctx),
    ...model.segmentations.flatMap((seg) => [segmentShareFigure(ctx, seg), segmentValueFigure(ctx, seg), segmentCagrFigure(ctx, seg)]),
    regionalValueFigure(ctx, 'production'),
    regionalValueFigure(ctx, 'consumption'),
    regionalFigure(ctx),
  ];
  return figures.filter((f): f is ChartFigure => f !== undefined);
}
