// Renders a dataset's report for the tests: with the real chart renderer (the
// integration the product ships) or with the stub (fast, for tests about
// templates and safety).
import path from 'node:path';
import { createChartRenderer } from '../../src/charts/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { renderReportPdf, type PdfContext } from '../../src/pdf/index.js';
import type { Dataset, Model } from '../../src/types.js';
import { ROOT } from '../fixtures.js';
import { stubCatalogue, stubRenderer } from './stub-charts.js';

export const DATA_DIR = path.join(ROOT, 'data');

export async function renderWithCharts(dataset: Dataset, extra: Partial<PdfContext> = {}): Promise<{ model: Model; pdf: Buffer }> {
  const model = buildModel(dataset);
  const pdf = await renderReportPdf(model, { charts: createChartRenderer(), assetsDir: DATA_DIR, ...extra });
  return { model, pdf };
}

export async function renderWithStub(dataset: Dataset, extra: Partial<PdfContext> = {}): Promise<{ model: Model; pdf: Buffer }> {
  const model = buildModel(dataset);
  const pdf = await renderReportPdf(model, { charts: stubRenderer(), figures: stubCatalogue(model), assetsDir: DATA_DIR, ...extra });
  return { model, pdf };
}
