// What every sheet builder shares while one workbook is built: the Model, its
// Formatter, the sheet names, and the native charts and figures the builders
// ask for. Created per render (createWorkbookContext), never module-level, so
// workbooks rendered side by side share nothing mutable.
import type ExcelJS from 'exceljs';
import { createPalette, type ChartPalette } from '../charts/palette.js';
import { createFormatter, type Formatter } from '../format/index.js';
import type { Model } from '../types.js';
import type { NativeChartSpec } from './native-charts/spec.js';
import type { PictureCaption } from './package/picture-alt-text.js';

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
  /** Pictures in the order added; their alternative text is written after exceljs, which cannot. */
  readonly pictures: PictureCaption[];
  /**
   * The report charts' palette, not one of the workbook's own: a native chart
   * beside a chart picture must colour each segment as the picture does
   * (series colours via charts/series-colors.ts; write them with excelColor).
   */
  readonly palette: ChartPalette;
}

export function createWorkbookContext(model: Model, workbook: ExcelJS.Workbook): WorkbookContext {
  return {
    model,
    fmt: createFormatter(model),
    workbook,
    nativeCharts: [],
    pictures: [],
    palette: createPalette(model.dataset.publisher.brandColor),
  };
}
