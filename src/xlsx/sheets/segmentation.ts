// One sheet per segmentation: years down, segments across, a Total column
// that is a SUM formula (it equals the market row: the Model reconciles the
// segments to the total every year), a CAGR row, and each segment's share
// of the market per year as formulas over the value table.
import type ExcelJS from 'exceljs';
import { segmentColors } from '../../charts/series-colors.js';
import { sharesNote, totalsNote } from '../../format/rounding-notes.js';
import { lowerCaseTitle } from '../../format/titles.js';
import type { SegmentationModel, YearValue } from '../../types.js';
import { cellRef, sheetCellRef, sheetColumnRange } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import type { FigureStack } from '../figures.js';
import { FIRST_DATA_ROW, HEADER_ROW, setWidths, styles, writeFrame, writeHeader, writeSection, writeYear } from '../frame.js';
import { excelColor } from '../styles.js';

export interface SegmentationRefs {
  /** CAGR cell of a segment (baseYear..forecastTo). */
  cagrCell(segment: string): string;
  /** Share-of-market cell of a segment in a year. */
  shareCell(segment: string, year: number): string;
}

export interface SegmentationLayout {
  readonly totalCol: number;
  readonly lastRow: number;
  readonly cagrRow: number;
  /** Under the value table (and its CAGR row): the rounding note, when the displayed values do not add up. */
  readonly valuesNoteRow: number;
  readonly shareHeaderRow: number;
  readonly figureCol: number;
  rowOf(year: number): number;
  shareRowOf(year: number): number;
}

export function segmentationLayout(ctx: WorkbookContext, seg: SegmentationModel): SegmentationLayout {
  const { firstYear, forecastTo } = ctx.model;
  const rowOf = (year: number) => FIRST_DATA_ROW + (year - firstYear);
  const lastRow = rowOf(forecastTo);
  const totalCol = seg.segments.length + 2;
  const cagrRow = lastRow + 1;
  // The values note, a blank row, then the share table's section heading: with
  // the note right above "Share of the market" it read as the share table's.
  const valuesNoteRow = cagrRow + 1;
  const shareHeaderRow = valuesNoteRow + 3;
  return {
    totalCol,
    lastRow,
    cagrRow,
    valuesNoteRow,
    shareHeaderRow,
    figureCol: totalCol + 2,
    rowOf,
    shareRowOf: (year) => shareHeaderRow + 1 + (year - firstYear),
  };
}

/** Wide enough that a long segment name wraps to at most three header lines. */
function segmentWidth(name: string): number {
  return Math.min(26, Math.max(14, Math.ceil(name.length / 3) + 6));
}

const valueIn = (series: readonly YearValue[], year: number): number => series.find((p) => p.year === year)!.value;

export function buildSegmentationSheet(
  ctx: WorkbookContext,
  ws: ExcelJS.Worksheet,
  seg: SegmentationModel,
  contents: string,
  figures: FigureStack,
): SegmentationRefs {
  const { model, fmt } = ctx;
  const st = styles(ctx);
  const layout = segmentationLayout(ctx, seg);
  const { totalCol, lastRow, cagrRow, rowOf, shareRowOf } = layout;
  const valueFormat = fmt.excelValueFormat();
  const percentFormat = fmt.excelPercentFormat();
  const unit = fmt.unitLabel();
  writeFrame(ctx, ws, {
    title: `${model.title} by ${lowerCaseTitle(seg.title)}, ${fmt.span(model.firstYear, model.forecastTo)}`,
    note: `Values in ${unit}. ${fmt.span(model.firstYear, model.baseYear)} actual, ${fmt.span(model.baseYear + 1, model.forecastTo)} forecast. Totals, CAGR and shares are formulas.`,
    contentsSheet: contents,
    frozenColumns: 1,
    tablesBelow: true,
  });
  setWidths(ws, [22, ...seg.segments.map((s) => segmentWidth(s.name)), 14]);
  writeHeader(ctx, ws, HEADER_ROW, ['Year', ...seg.segments.map((s) => `${s.name} (${unit})`), `Total (${unit})`]);

  for (const point of model.market.series) {
    const r = rowOf(point.year);
    writeYear(ws, r, 1, point.year);
    seg.segments.forEach((s, i) => {
      const cell = ws.getCell(r, 2 + i);
      cell.value = valueIn(s.series, point.year);
      cell.numFmt = valueFormat;
    });
    const total = ws.getCell(r, totalCol);
    total.value = { formula: `SUM(${cellRef(r, 2)}:${cellRef(r, totalCol - 1)})`, result: point.value };
    total.numFmt = valueFormat;
    total.font = st.totalFont;
    if (!point.actual) {
      for (let c = 1; c <= totalCol; c++) ws.getCell(r, c).fill = st.forecastFill;
    }
  }
  ws.autoFilter = `${cellRef(HEADER_ROW, 1)}:${cellRef(lastRow, totalCol)}`;

  // CAGR row over baseYear..forecastTo, the span the Model's segment CAGR covers.
  const base = rowOf(model.baseYear);
  ws.getCell(cagrRow, 1).value = `CAGR, ${fmt.span(model.baseYear, model.forecastTo)}`;
  ws.getCell(cagrRow, 1).font = st.totalFont;
  const cagrs = [...seg.segments.map((s) => s.cagr), model.market.spans.forecast.cagr];
  cagrs.forEach((rate, i) => {
    const col = 2 + i;
    const cell = ws.getCell(cagrRow, col);
    cell.value = {
      formula: `(${cellRef(lastRow, col)}/${cellRef(base, col)})^(1/(${cellRef(lastRow, 1, true)}-${cellRef(base, 1, true)}))-1`,
      result: rate,
    };
    cell.numFmt = percentFormat;
    cell.font = st.totalFont;
  });

  writeSection(ctx, ws, layout.shareHeaderRow - 1, 'Share of the market');
  writeHeader(ctx, ws, layout.shareHeaderRow, ['Year', ...seg.segments.map((s) => `${s.name} (share)`)]);
  for (const point of model.market.series) {
    const r = shareRowOf(point.year);
    const valueRow = rowOf(point.year);
    writeYear(ws, r, 1, point.year);
    seg.segments.forEach((s, i) => {
      const cell = ws.getCell(r, 2 + i);
      cell.value = { formula: `${cellRef(valueRow, 2 + i)}/${cellRef(valueRow, totalCol, true)}`, result: valueIn(s.shares, point.year) };
      cell.numFmt = percentFormat;
    });
  }

  // As under the report's tables (src/format/rounding-notes.ts): each cell is
  // rounded on its own, so the displayed parts need not add up to the
  // displayed total (2.26 + 1.67 + 0.98 against 4.92), nor shares to 100%.
  const parts = (year: number, of: (s: SegmentationModel['segments'][number]) => readonly YearValue[]) => seg.segments.map((s) => valueIn(of(s), year));
  const note = (row: number, text: string | undefined) => {
    if (text === undefined) return;
    ws.getCell(row, 1).value = text;
    ws.getCell(row, 1).font = st.note;
  };
  note(layout.valuesNoteRow, totalsNote(fmt, model.market.series.map((p) => ({ parts: parts(p.year, (s) => s.series), total: p.value }))));
  note(shareRowOf(model.forecastTo) + 1, sharesNote(fmt, model.years.map((y) => parts(y, (s) => s.shares))));

  addSegmentationChart(ctx, ws, seg, layout, figures);
  const colOf = (segment: string) => 2 + seg.segments.findIndex((s) => s.name === segment);
  return {
    cagrCell: (segment) => sheetCellRef(ws.name, cagrRow, colOf(segment)),
    shareCell: (segment, year) => sheetCellRef(ws.name, shareRowOf(year), colOf(segment)),
  };
}

function addSegmentationChart(ctx: WorkbookContext, ws: ExcelJS.Worksheet, seg: SegmentationModel, layout: SegmentationLayout, figures: FigureStack): void {
  const { model, fmt, palette } = ctx;
  const first = FIRST_DATA_ROW;
  const colors = segmentColors(palette, seg);
  figures.addNativeChart(
    {
      kind: 'stacked-column',
      title: `Market by ${lowerCaseTitle(seg.title)}, ${fmt.span(model.firstYear, model.forecastTo)} (${fmt.unitLabel()})`,
      categoriesRef: sheetColumnRange(ws.name, 1, first, layout.lastRow),
      categories: model.years,
      series: seg.segments.map((s, i) => ({
        name: s.name,
        valuesRef: sheetColumnRange(ws.name, 2 + i, first, layout.lastRow),
        values: s.series.map((p) => p.value),
        color: excelColor(colors.get(s.name)!),
      })),
      valueFormat: fmt.excelValueFormat(),
      valueAxisTitle: fmt.unitLabel(),
    },
    `Market by ${lowerCaseTitle(seg.title)} (editable chart)`,
  );
}
