// Regional production and consumption (years down, regions across), the
// net balance as formulas over the two sheets, and average prices by
// segment. Present only when the dataset carries regionalData.
import type ExcelJS from 'exceljs';
import { regionColors } from '../../charts/series-colors.js';
import { excelValueFormat } from '../../format/index.js';
import type { RegionalSeries, YearValue } from '../../types.js';
import { cellRef, quoteSheet, sheetColumnRange } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import type { FigureStack } from '../figures.js';
import { FIRST_DATA_ROW, HEADER_ROW, setWidths, writeFrame, writeHeader, writeSection, writeYear } from '../frame.js';
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
  const balanceDecimals = nonzeroDecimals(model.display.valueDecimals, regional.flatMap((r) => r.balance.map((p) => p.value)));
  const finerBalance = balanceDecimals > model.display.valueDecimals ? ` Balances show ${balanceDecimals} decimal${balanceDecimals === 1 ? '' : 's'}, so that a small one is not rounded away.` : '';
  writeFrame(ctx, consumption, {
    title: `${model.title}: consumption by region`,
    note: `Values in ${unit}. Net balance = production - consumption (positive: net exporter); its cells are formulas over both sheets.${finerBalance}`,
    contentsSheet: contents,
    frozenColumns: 1,
  });
  setWidths(consumption, widths);
  writeHeader(ctx, consumption, HEADER_ROW, headers);
  writeSeriesTable(consumption, consTable, regional.map((r) => r.consumption), fmt.excelValueFormat());
  consumption.autoFilter = `${cellRef(HEADER_ROW, 1)}:${cellRef(consTable.lastRow, headers.length)}`;

  // Net balance: formulas across the two sheets, cached with the Model's balance.
  const sectionRow = consTable.lastRow + 2;
  writeSection(ctx, consumption, sectionRow, `Net balance: production - consumption (${unit})`);
  writeHeader(ctx, consumption, sectionRow + 1, headers);
  const balTable = yearTable(regional.map((r) => r.balance), sectionRow + 2);
  for (const year of balTable.years) {
    const r = balTable.rowOf(year);
    writeYear(consumption, r, 1, year);
    regional.forEach((region, i) => {
      const point = region.balance.find((p) => p.year === year);
      if (!point) return;
      const col = 2 + i;
      const cell = consumption.getCell(r, col);
      cell.value = {
        formula: `${quoteSheet(production.name)}!${cellRef(prodTable.rowOf(year), col)}-${cellRef(consTable.rowOf(year), col)}`,
        result: point.value,
      };
      cell.numFmt = excelValueFormat(balanceDecimals);
    });
  }
  addRegionChart(ctx, consumption, consTable, regional.map((r) => ({ name: r.region, values: r.consumption })), 'Consumption by region', figures.consumption);
}

// A value format has no more decimals than this (well past any market figure's precision).
const MAX_DECIMALS = 15;

/**
 * The report's value decimals, with as many more as it takes for every value
 * that is not zero to read as not zero. A balance is a small difference of
 * two large figures: a shortfall of 0.42 under "#,##0" reads "-0" (Excel and
 * LibreOffice pick the negative section before rounding, so a zero section
 * such as "#,##0;-#,##0;0" is not used for it), and hides a real balance. A
 * value at half a unit of the last place, give or take binary noise, takes
 * another decimal too, as it may round either way: 1.784 - 1.789 is
 * -0.004999999999999893, which Excel, at 15 significant digits, shows as
 * "-0.00". The cells keep their exact values; only the decimals shown change.
 */
function nonzeroDecimals(decimals: number, values: readonly number[]): number {
  const shows = (v: number, d: number) => v === 0 || Math.abs(v) > 0.5 * 10 ** -d * (1 + 1e-9);
  let d = decimals;
  while (d < MAX_DECIMALS && !values.every((v) => shows(v, d))) d += 1;
  return d;
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
