// The figure column to the right of a sheet's tables: native charts first
// (editable, bound to the ranges), then the report's chart pictures, each
// under a caption cell, stacked downwards without overlapping.
import type ExcelJS from 'exceljs';
import type { ChartImage, WorkbookContext } from './context.js';
import type { NativeChartKind, NativeChartSpec } from './native-charts/spec.js';
import { styles } from './frame.js';

/** Default row height (15 pt) and column width (about 64 px) in pixels. */
const ROW_PX = 20;
const COL_PX = 64;
const MAX_IMAGE_PX = 8 * COL_PX;
const CHART_COLS = 8;
const CHART_ROWS = 18;

export interface FigureStack {
  /** @param rows height in rows; more for charts with many categories down the side */
  addNativeChart(chart: Omit<NativeChartSpec, 'sheet' | 'anchor' | 'caption' | 'altText'>, caption: string, rows?: number): void;
  addImage(image: ChartImage): void;
}

const KIND_WORDS: Record<NativeChartKind, string> = {
  column: 'column chart',
  'stacked-column': 'stacked column chart',
  bar: 'bar chart',
  line: 'line chart',
};

/**
 * What a native chart shows, for its alternative text: its title, as a chart
 * picture's alternative text is its caption, then what kind of chart it is and,
 * when it draws several, its series ("Market by type, 2018–2030 (USD billion):
 * editable stacked column chart of Hardware, Software, and Services").
 */
function chartAltText(ctx: WorkbookContext, chart: Pick<NativeChartSpec, 'title' | 'kind' | 'series'>): string {
  const series = chart.series.length > 1 ? ` of ${ctx.fmt.list(chart.series.map((s) => s.name))}` : '';
  return `${chart.title}: editable ${KIND_WORDS[chart.kind]}${series}`;
}

/**
 * @param col 1-based column of the figure column
 * @param row 1-based row of the first caption
 */
export function createFigureStack(ctx: WorkbookContext, ws: ExcelJS.Worksheet, col: number, row: number): FigureStack {
  let next = row;
  const caption = (text: string) => {
    const cell = ws.getCell(next, col);
    cell.value = text;
    cell.font = styles(ctx).section;
    next += 1;
  };
  return {
    addNativeChart(chart, text, rows = CHART_ROWS) {
      caption(text);
      ctx.nativeCharts.push({ ...chart, sheet: ws.name, caption: text, altText: chartAltText(ctx, chart), anchor: { col: col - 1, row: next - 1, cols: CHART_COLS, rows } });
      next += rows + 1;
    },
    addImage(image) {
      caption(image.caption);
      const scale = Math.min(1, MAX_IMAGE_PX / image.width);
      const width = Math.round(image.width * scale);
      const height = Math.round(image.height * scale);
      const id = ctx.workbook.addImage({ buffer: Buffer.from(image.png) as unknown as ExcelJS.Buffer, extension: 'png' });
      ws.addImage(id, { tl: { col: col - 1, row: next - 1 }, ext: { width, height }, editAs: 'oneCell' });
      ctx.pictures.push({ sheet: ws.name, caption: image.caption });
      next += Math.ceil(height / ROW_PX) + 1;
    },
  };
}
