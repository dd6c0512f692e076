// xlsx: Model -> the Excel data pack (a Buffer). Every table of the report
// as a live, formatted workbook: formulas for totals, growth and CAGR, each
// carrying the Model's number as its cached result; the report's chart
// pictures next to their tables; native, editable charts bound to the sheet
// ranges; the same bytes for the same input.
//
//   plan sheets --> exceljs workbook (data sheets, then Summary and Contents
//   that point into them) --> pictures --> exceljs bytes --> package surgery
//   (in-workbook links, pictures' alternative text, native chart parts)
//   --> deterministic re-zip
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Model } from '../types.js';
import { createWorkbookContext, type ChartImage } from './context.js';
import { createFigureStack, type FigureStack } from './figures.js';
import { FIRST_DATA_ROW, writeFrame } from './frame.js';
import { addNativeCharts } from './native-charts/inject.js';
import { deterministicZip } from './package/deterministic-zip.js';
import { fixInternalHyperlinks } from './package/hyperlinks.js';
import { describePictures } from './package/picture-alt-text.js';
import { planSheets, routeImage } from './plan.js';
import { buildCompaniesSheet, companiesFigureCol } from './sheets/companies.js';
import { buildContentsSheet } from './sheets/contents.js';
import { buildMarketSheet, MARKET_FIGURE_COL } from './sheets/market.js';
import { buildPriceSheet, buildRegionalSheets } from './sheets/regional.js';
import { buildSegmentationSheet, segmentationLayout, type SegmentationRefs } from './sheets/segmentation.js';
import { buildSummarySheet } from './sheets/summary.js';

export type { ChartImage } from './context.js';
export type { NativeChartSpec } from './native-charts/spec.js';

export interface WorkbookOptions {
  /** The report's charts as PNG, each placed next to its table (routed by id). */
  readonly chartImages?: readonly ChartImage[];
}

export async function renderWorkbook(model: Model, options: WorkbookOptions = {}): Promise<Buffer> {
  const images = options.chartImages ?? [];
  const edition = new Date(`${model.dataset.published}T00:00:00Z`);

  // 1. Which sheets, in which order, under which names.
  const plan = planSheets(model, images);

  // 2. The workbook with fixed properties (no clock) and its sheets, in Contents order.
  const workbook = new ExcelJS.Workbook();
  const publisher = model.dataset.publisher.name;
  workbook.creator = publisher;
  workbook.lastModifiedBy = publisher;
  workbook.company = publisher;
  workbook.title = model.title;
  workbook.created = edition;
  workbook.modified = edition;
  if (model.dataset.subtitle) workbook.subject = model.dataset.subtitle;
  const ws = new Map(
    plan.sheets.map((s) => [
      s.name,
      workbook.addWorksheet(s.name, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }),
    ]),
  );
  const sheet = (name: string) => ws.get(name)!;
  const ctx = createWorkbookContext(model, workbook);
  const stacks = new Map<string, FigureStack>();
  const stack = (name: string, col: number) => {
    const s = createFigureStack(ctx, sheet(name), col, FIRST_DATA_ROW);
    stacks.set(name, s);
    return s;
  };

  // 3. Data sheets; each returns the cells the summary points at.
  const market = buildMarketSheet(ctx, sheet(plan.market), plan.contents, stack(plan.market, MARKET_FIGURE_COL));
  const segmentations = new Map<string, SegmentationRefs>();
  for (const seg of model.segmentations) {
    const name = plan.segmentations.get(seg.id)!;
    const refs = buildSegmentationSheet(ctx, sheet(name), seg, plan.contents, stack(name, segmentationLayout(ctx, seg).figureCol));
    segmentations.set(seg.id, refs);
  }
  buildCompaniesSheet(ctx, sheet(plan.companies), plan.contents, market, stack(plan.companies, companiesFigureCol(model)));
  if (plan.production && plan.consumption && model.regional) {
    const col = model.regional.length + 3;
    buildRegionalSheets(ctx, { production: sheet(plan.production), consumption: sheet(plan.consumption) }, model.regional, plan.contents, {
      production: stack(plan.production, col),
      consumption: stack(plan.consumption, col),
    });
  }
  if (plan.price) buildPriceSheet(ctx, sheet(plan.price), plan.contents);
  if (plan.figures) {
    writeFrame(ctx, sheet(plan.figures), { title: `${model.title}: further charts`, contentsSheet: plan.contents, header: false });
    stack(plan.figures, 1);
  }

  // 4. Summary and Contents point into the data sheets.
  buildSummarySheet(ctx, sheet(plan.summary), plan.contents, market, segmentations);
  buildContentsSheet(ctx, sheet(plan.contents), plan);

  // 5. The report's chart pictures, after the native charts of their sheet.
  for (const image of images) {
    const target = routeImage(image.id, plan) ?? plan.figures!;
    stacks.get(target)!.addImage(image);
  }

  // 6. exceljs writes the package; then what exceljs cannot do.
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await fixInternalHyperlinks(zip);
  await describePictures(zip, ctx.pictures);
  await addNativeCharts(zip, ctx.nativeCharts);

  // 7. Same input, same bytes.
  return deterministicZip(zip, edition);
}
