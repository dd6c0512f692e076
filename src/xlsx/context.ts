// What every sheet builder shares while one workbook is built: the Model, its
// Formatter, the sheet names, and the native charts and figures the builders
// ask for. Created per render (createWorkbookContext), never module-level, so
// workbooks rendered side by side share nothing mutable.
import type ExcelJS from 'exceljs';
import { createFormatter, type Formatter } from '../format/index.js';
import type { Model } from '../types.js';
import type { NativeChartSpec } from './native-charts/spec.js';

export interface ChartImage {
  readonly id: string;
  readonly caption: string;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface WorkbookContext {
  readonly model: Model;
  readonly fmt: Formatter;
  readonly workbook: ExcelJS.Workbook;
  /** Native charts requested by the sheet builders, written into the package after exceljs. */
  readonly nativeCharts: NativeChartSpec[];
  /** Series colours: the publisher's brand colour first. */
  readonly palette: readonly string[];
}

// Colour-blind-safe qualitative palette (Okabe-Ito order), after the brand colour.
const BASE_PALETTE = ['E69F00', '56B4E9', '009E73', 'D55E00', 'CC79A7', '0072B2', 'F0E442', '999999'];

export function createWorkbookContext(model: Model, workbook: ExcelJS.Workbook): WorkbookContext {
  const brand = (model.dataset.publisher.brandColor ?? '#1f4e79').replace('#', '').toUpperCase();
  return {
    model,
    fmt: createFormatter(model),
    workbook,
    nativeCharts: [],
    palette: [brand, ...BASE_PALETTE.filter((c) => c !== brand)],
  };
}
