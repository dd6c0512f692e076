// Regional production and consumption (years down, regions across), the
// net balance as formulas over the two sheets, and average prices by
// segment. Present only when the dataset carries regionalData.
import type ExcelJS from 'exceljs';
import { regionColors } from '../../charts/series-colors.js';
import type { RegionalSeries, YearValue } from '../../types.js';
import { cellRef, quoteSheet, sheetColumnRange } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import type { FigureStack } from '../figures.js';
import { FIRST_DATA_ROW, HEADER_ROW, setWidths, writeFrame, writeHeader, writeSection, writeYear } from '../frame.js';
import { printedDifferenceValue } from '../printed-difference.js';
import { excelColor, PRICE_FORMAT } from '../styles.js';

interface YearTable {
  readonly years: readonly number[];
  rowOf(year: number): number;
  readonly lastRow: number;
}

/** Years present in any of the series, ascending, one row each from the first data row. */
function yearTable(series: readonly (readonly YearValue[])[], firstRow = FIRST_DATA_ROW): YearTable {
  const years = [...new Set(series.flatMap((s) => s.map((p) => p.year)))].sort((a, b) => a - b);
  const index = new Map(years.map((y, i) => [y, i]));
  return { years, rowOf: (y) => firstRow + index.get(y)!, lastRow: firstRow + years.length - 1 };
}

function writeSeriesTable(
  ws: ExcelJS.Worksheet,
  table: YearTable,
  columns: readonly (readonly YearValue[])[],
  numFmt: string,
): void {
  for (const year of table.years) {
    const r = table.rowOf(year);
    writeYear(ws, r, 1, year);
    columns.forEach((series, i) => {
      const point = series.find((p) => p.year === year);
      if (point) {
        ws.getCell(r, 2 + i).value = point.value;
        ws.getCell(r, 2 + i).numFmt = numFmt;
      }
    });
  }
}

export interface RegionalSheets {
  readonly production: ExcelJS.Worksheet;
  readonly consumption: ExcelJS.Worksheet;
}

export function buildRegionalSheets(
  ctx: WorkbookContext,
  sheets: RegionalSheets,
  regional: readonly RegionalSeries[],
  contents: string,
  figures: { production: FigureStack; consumption: FigureStack },
): void {
  const { model, fmt } = ctx;
  const unit = fmt.unitLabel();
  const headers = ['Year', ...regional.map((r) => `${r.region} (${unit})`)];
  const widths = [22, ...regional.map(() => 16)];

  const { production, consumption } = sheets;
  const prodTable = yearTable(regional.map((r) => r.production));
  writeFrame(ctx, production, { title: `${model.title}: production by region`, note: `Values in ${unit}.`, contentsSheet: contents, frozenColumns: 1 });
  setWidths(production, widths);
  writeHeader(ctx, production, HEADER_ROW, headers);
  writeSeriesTable(production, prodTable, regional.map((r) => r.production), fmt.excelValueFormat());
  production.autoFilter = `${cellRef(HEADER_ROW, 1)}:${cellRef(prodTable.lastRow, headers.length)}`;
  addRegionChart(ctx, production, prodTable, regional.map((r) => ({ name: r.region, values: r.production })), 'Production by region', figures.production);

  const consTable = yearTable(regional.map((r) => r.consumption));
  writeFrame(ctx, consumption, {
    title: `${model.title}: consumption by region`,
    note: `Values in ${unit}. Net balance = production - consumption as displayed (positive: net exporter), as the report prints it; its cells are formulas over both sheets.`,
    contentsSheet: contents,
    frozenColumns: 1,
    tablesBelow: true,
  });
  setWidths(consumption, widths);
  writeHeader(ctx, consumption, HEADER_ROW, headers);
  writeSeriesTable(consumption, consTable, regional.map((r) => r.consumption), fmt.excelValueFormat());
  consumption.autoFilter = `${cellRef(HEADER_ROW, 1)}:${cellRef(consTable.lastRow, headers.length)}`;

  // Net balance: formulas across the two sheets over the values as displayed,
  // so each reads as the difference of the two cells a reader sees (and as the
  // report's table and text print it), signed, with no sign on a zero.
  const balanceFormat = fmt.excelSignedValueFormat();
  const sectionRow = consTable.lastRow + 2;
  writeSection(ctx, consumption, sectionRow, `Net balance: production - consumption (${unit})`);
  writeHeader(ctx, consumption, sectionRow + 1, headers);
  const balTable = yearTable(regional.map((r) => r.balance), sectionRow + 2);
  for (const year of balTable.years) {
    const r = balTable.rowOf(year);
    writeYear(consumption, r, 1, year);
    regional.forEach((region, i) => {
      if (!region.balance.some((p) => p.year === year)) return;
      const col = 2 + i;
      const valueIn = (series: readonly YearValue[]) => series.find((p) => p.year === year)!.value;
      const cell = consumption.getCell(r, col);
      cell.value = printedDifferenceValue(
        fmt,
        cellRef(consTable.rowOf(year), col),
        `${quoteSheet(production.name)}!${cellRef(prodTable.rowOf(year), col)}`,
        valueIn(region.consumption),
        valueIn(region.production),
      );
      cell.numFmt = balanceFormat;
    });
  }
  addRegionChart(ctx, consumption, consTable, regional.map((r) => ({ name: r.region, values: r.consumption })), 'Consumption by region', figures.consumption);
}

function addRegionChart(
  ctx: WorkbookContext,
  ws: ExcelJS.Worksheet,
  table: YearTable,
  columns: readonly { name: string; values: readonly YearValue[] }[],
  title: string,
  figures: FigureStack,
): void {
  const colors = regionColors(ctx.palette, ctx.model.segmentations, columns.map((c) => c.name));
  figures.addNativeChart(
    {
      kind: 'line',
      title: `${title} (${ctx.fmt.unitLabel()})`,
      categoriesRef: sheetColumnRange(ws.name, 1, FIRST_DATA_ROW, table.lastRow),
      categories: table.years,
      series: columns.map((c, i) => ({
        name: c.name,
        valuesRef: sheetColumnRange(ws.name, 2 + i, FIRST_DATA_ROW, table.lastRow),
        values: table.years.map((y) => c.values.find((p) => p.year === y)?.value),
        color: excelColor(colors.get(c.name)!),
      })),
      valueFormat: ctx.fmt.excelValueFormat(),
      valueAxisTitle: ctx.fmt.unitLabel(),
    },
    `${title} (editable chart)`,
  );
}

/**
 * Average price by segment, in currency per unit. Read from the dataset: the
 * Model does not carry prices (they need no computation, only display).
 */
export function buildPriceSheet(ctx: WorkbookContext, ws: ExcelJS.Worksheet, contents: string): void {
  const { model } = ctx;
  const prices = model.dataset.regionalData?.averagePrice ?? {};
  const names = Object.keys(prices);
  const series = names.map((n) => [...prices[n]!].sort((a, b) => a.year - b.year));
  const table = yearTable(series);
  writeFrame(ctx, ws, { title: `${model.title}: average price`, note: `Prices in ${model.currency} per unit.`, contentsSheet: contents, frozenColumns: 1 });
  setWidths(ws, [22, ...names.map(() => 16)]);
  writeHeader(ctx, ws, HEADER_ROW, ['Year', ...names.map((n) => `${n} (${model.currency} per unit)`)]);
  writeSeriesTable(ws, table, series, PRICE_FORMAT);
  ws.autoFilter = `${cellRef(HEADER_ROW, 1)}:${cellRef(table.lastRow, names.length + 1)}`;
}
