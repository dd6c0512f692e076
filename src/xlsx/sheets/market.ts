// Market size sheet: year, value, actual/forecast, year-over-year growth as
// a live formula; a CAGR block whose cells are formulas over the value
// column; the low/base/high scenarios when the dataset has them. Every
// formula carries the Model's number as its cached result.
import type ExcelJS from 'exceljs';
import { scenarioLineStyles, type ScenarioLineStyle } from '../../charts/scenario-style.js';
import type { Span } from '../../types.js';
import { cellRef, sheetCellRef, sheetColumnRange } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import { FIRST_DATA_ROW, HEADER_ROW, fitWidth, setWidths, styles, writeFrame, writeHeader, writeSection, writeYear } from '../frame.js';
import type { FigureStack } from '../figures.js';
import type { NativeSeries } from '../native-charts/spec.js';
import { printedDifferenceValue } from '../printed-difference.js';
import { excelColor } from '../styles.js';

const YEAR_COL = 1;
const VALUE_COL = 2;
const FLAG_COL = 3;
const YOY_COL = 4;
export const MARKET_FIGURE_COL = 6;

export interface MarketRefs {
  /** "'Market size'!B10" for a year of the series. */
  valueCell(year: number): string;
  readonly cagrCells: { readonly historical: string; readonly forecast: string; readonly full: string };
  /** The change from the base year to the end of the forecast, as displayed (see absoluteChangeLabel). */
  readonly absoluteChange: { readonly cell: string; readonly label: string; readonly value: number };
  readonly scenarioCagrCells?: { readonly low: string; readonly high: string };
}

export function marketRow(ctx: WorkbookContext, year: number): number {
  return FIRST_DATA_ROW + (year - ctx.model.firstYear);
}

export function buildMarketSheet(ctx: WorkbookContext, ws: ExcelJS.Worksheet, contents: string, figures: FigureStack): MarketRefs {
  const { model, fmt } = ctx;
  const { market } = model;
  const st = styles(ctx);
  const valueFormat = fmt.excelValueFormat();
  const percentFormat = fmt.excelPercentFormat();
  // Year-on-year growth is signed, as the PDF's table prints it ("+8.6%").
  const growthFormat = fmt.excelSignedPercentFormat();
  writeFrame(ctx, ws, {
    title: `${model.title}: market size, ${fmt.span(model.firstYear, model.forecastTo)}`,
    note: `Values in ${fmt.unitLabel()}. ${fmt.span(model.firstYear, model.baseYear)} actual, ${fmt.span(model.baseYear + 1, model.forecastTo)} forecast. Growth and CAGR cells are formulas.`,
    contentsSheet: contents,
    frozenColumns: 1,
    tablesBelow: true,
  });
  // The difference of the two market sizes as displayed, as the report's "add"/"lose" prints it.
  const change = fmt.printedDifference(market.milestones.base.value, market.milestones.end.value);
  const changeLabel = `${absoluteChangeLabel(change)}, ${fmt.span(model.baseYear, model.forecastTo)}`;
  // The label column also holds the CAGR block's labels.
  const labels = [`${changeLabel} (${fmt.unitLabel()})`, `CAGR, whole period, ${fmt.span(model.firstYear, model.forecastTo)}`];
  setWidths(ws, [fitWidth(labels, 22, 48), 16, 12, 14]);
  writeHeader(ctx, ws, HEADER_ROW, ['Year', `Market size (${fmt.unitLabel()})`, 'Actual / forecast', 'Growth vs previous year']);

  const yoyByYear = new Map(market.yoy.map((g) => [g.year, g.growth]));
  for (const point of market.series) {
    const r = marketRow(ctx, point.year);
    writeYear(ws, r, YEAR_COL, point.year);
    ws.getCell(r, VALUE_COL).value = point.value;
    ws.getCell(r, VALUE_COL).numFmt = valueFormat;
    ws.getCell(r, FLAG_COL).value = point.actual ? 'Actual' : 'Forecast';
    ws.getCell(r, FLAG_COL).alignment = { horizontal: 'center' };
    const growth = yoyByYear.get(point.year);
    if (growth !== undefined) {
      ws.getCell(r, YOY_COL).value = { formula: `${cellRef(r, VALUE_COL)}/${cellRef(r - 1, VALUE_COL)}-1`, result: growth };
      ws.getCell(r, YOY_COL).numFmt = growthFormat;
    }
    if (!point.actual) {
      for (let c = YEAR_COL; c <= YOY_COL; c++) ws.getCell(r, c).fill = st.forecastFill;
    }
  }
  const lastRow = marketRow(ctx, model.forecastTo);
  ws.autoFilter = `${cellRef(HEADER_ROW, YEAR_COL)}:${cellRef(lastRow, YOY_COL)}`;

  // CAGR block: (end/start)^(1/(years))-1 over the value column, so the growth math stays auditable.
  writeSection(ctx, ws, lastRow + 2, 'Compound annual growth');
  const cagrCell = (row: number, label: string, span: Span): string => {
    const from = marketRow(ctx, span.from);
    const to = marketRow(ctx, span.to);
    ws.getCell(row, YEAR_COL).value = `${label}, ${fmt.span(span.from, span.to)}`;
    const cell = ws.getCell(row, VALUE_COL);
    cell.value = {
      formula: `(${cellRef(to, VALUE_COL)}/${cellRef(from, VALUE_COL)})^(1/(${cellRef(to, YEAR_COL)}-${cellRef(from, YEAR_COL)}))-1`,
      result: span.cagr,
    };
    cell.numFmt = percentFormat;
    return sheetCellRef(ws.name, row, VALUE_COL);
  };
  const cagrStart = lastRow + 3;
  const cagrCells = {
    historical: cagrCell(cagrStart, 'CAGR, actual', market.spans.historical),
    forecast: cagrCell(cagrStart + 1, 'CAGR, forecast', market.spans.forecast),
    full: cagrCell(cagrStart + 2, 'CAGR, whole period', market.spans.full),
  };
  const growthRow = cagrStart + 3;
  ws.getCell(growthRow, YEAR_COL).value = labels[0]!;
  ws.getCell(growthRow, VALUE_COL).value = printedDifferenceValue(
    fmt,
    cellRef(marketRow(ctx, model.baseYear), VALUE_COL),
    cellRef(lastRow, VALUE_COL),
    market.milestones.base.value,
    market.milestones.end.value,
  );
  ws.getCell(growthRow, VALUE_COL).numFmt = valueFormat;

  const scenarioTable = market.scenarios ? writeScenarios(ctx, ws, growthRow + 2) : undefined;
  const scenarioCagrCells = scenarioTable?.cagrCells;

  addMarketCharts(ctx, ws, figures, scenarioTable);
  return {
    valueCell: (year) => sheetCellRef(ws.name, marketRow(ctx, year), VALUE_COL),
    cagrCells,
    absoluteChange: { cell: sheetCellRef(ws.name, growthRow, VALUE_COL), label: changeLabel, value: change },
    ...(scenarioCagrCells ? { scenarioCagrCells } : {}),
  };
}

/** "Absolute growth" over a change that displays as zero or more; a loss is not growth, so "Absolute change". */
export function absoluteChangeLabel(change: number): string {
  return change < 0 ? 'Absolute change' : 'Absolute growth';
}

interface ScenarioTable {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly cagrCells: { readonly low: string; readonly high: string };
}

/** Low / base / high from baseYear; the base column points at the value column. */
function writeScenarios(ctx: WorkbookContext, ws: ExcelJS.Worksheet, sectionRow: number): ScenarioTable {
  const { model, fmt } = ctx;
  const scenarios = model.market.scenarios!;
  const valueFormat = fmt.excelValueFormat();
  writeSection(ctx, ws, sectionRow, `Scenarios (${fmt.unitLabel()})`);
  const header = sectionRow + 1;
  writeHeader(ctx, ws, header, ['Year', 'Low case', 'Base case', 'High case']);
  const first = header + 1;
  const rowOf = (year: number) => first + (year - model.baseYear);
  const cases = [
    { col: 2, series: scenarios.low.series },
    { col: 4, series: scenarios.high.series },
  ];
  for (let year = model.baseYear; year <= model.forecastTo; year++) {
    const r = rowOf(year);
    writeYear(ws, r, 1, year);
    const base = ws.getCell(r, 3);
    base.value = { formula: cellRef(marketRow(ctx, year), VALUE_COL), result: model.market.series.find((p) => p.year === year)!.value };
    base.numFmt = valueFormat;
    for (const c of cases) {
      const cell = ws.getCell(r, c.col);
      cell.value = c.series.find((p) => p.year === year)?.value ?? null;
      cell.numFmt = valueFormat;
    }
  }
  const last = rowOf(model.forecastTo);
  const rateRow = last + 1;
  const cagrRow = last + 2;
  ws.getCell(rateRow, 1).value = 'Annual growth assumed';
  ws.getCell(cagrRow, 1).value = `CAGR, ${fmt.span(model.baseYear, model.forecastTo)}`;
  const rates = [scenarios.low.rate, model.market.rate, scenarios.high.rate];
  const cagrs = [scenarios.low.cagr, model.market.spans.forecast.cagr, scenarios.high.cagr];
  for (let i = 0; i < 3; i++) {
    const col = 2 + i;
    ws.getCell(rateRow, col).value = rates[i]!;
    ws.getCell(rateRow, col).numFmt = fmt.excelPercentFormat();
    const cell = ws.getCell(cagrRow, col);
    cell.value = {
      formula: `(${cellRef(last, col)}/${cellRef(first, col)})^(1/(${cellRef(last, 1)}-${cellRef(first, 1)}))-1`,
      result: cagrs[i]!,
    };
    cell.numFmt = fmt.excelPercentFormat();
  }
  return { firstRow: first, lastRow: last, cagrCells: { low: sheetCellRef(ws.name, cagrRow, 2), high: sheetCellRef(ws.name, cagrRow, 4) } };
}

function addMarketCharts(ctx: WorkbookContext, ws: ExcelJS.Worksheet, figures: FigureStack, scen: ScenarioTable | undefined): void {
  const { model, fmt, palette } = ctx;
  const first = FIRST_DATA_ROW;
  const last = marketRow(ctx, model.forecastTo);
  // As the picture draws them: reported years in the brand colour, forecasts in its tint.
  const brand = excelColor(palette.brand);
  const light = excelColor(palette.forecast);
  figures.addNativeChart(
    {
      kind: 'column',
      title: `Market size, ${fmt.span(model.firstYear, model.forecastTo)} (${fmt.unitLabel()})`,
      categoriesRef: sheetColumnRange(ws.name, YEAR_COL, first, last),
      categories: model.market.series.map((p) => p.year),
      series: [
        {
          name: 'Market size',
          valuesRef: sheetColumnRange(ws.name, VALUE_COL, first, last),
          values: model.market.series.map((p) => p.value),
          color: brand,
          pointColors: model.market.series.flatMap((p, index) => (p.actual ? [] : [{ index, color: light }])),
        },
      ],
      valueFormat: fmt.excelValueFormat(),
      valueAxisTitle: fmt.unitLabel(),
    },
    'Market size (editable chart; lighter bars are forecasts)',
  );
  const scenarios = model.market.scenarios;
  if (scen && scenarios) {
    const years = scenarios.low.series.map((p) => p.year);
    // As the picture draws them (charts/scenario-style.ts): the base case as a
    // dashed brand line, and the low and high cases as the two edges of its
    // band, in the forecast tint (a line chart part has no band between two
    // series to fill). The picture tells the edges apart by the labels at their
    // line ends; this chart has only its legend, where two like lines read as
    // one. So the edges differ here: the low case dotted with diamonds, the
    // high case in long dashes with triangles.
    const style = scenarioLineStyles(palette);
    const cases: { name: string; style: ScenarioLineStyle; line?: Pick<NativeSeries, 'dash' | 'marker'> }[] = [
      { name: 'Low case', style: style.Low, line: { dash: 'sysDot', marker: 'diamond' } },
      { name: 'Base case', style: style.Base },
      { name: 'High case', style: style.High, line: { dash: 'lgDash', marker: 'triangle' } },
    ];
    const values = [
      scenarios.low.series.map((p) => p.value),
      years.map((y) => model.market.series.find((p) => p.year === y)!.value),
      scenarios.high.series.map((p) => p.value),
    ];
    figures.addNativeChart(
      {
        kind: 'line',
        title: `Scenarios, ${fmt.span(model.baseYear, model.forecastTo)} (${fmt.unitLabel()})`,
        categoriesRef: sheetColumnRange(ws.name, 1, scen.firstRow, scen.lastRow),
        categories: years,
        series: cases.map((c, i) => ({
          name: c.name,
          nameRef: sheetCellRef(ws.name, scen.firstRow - 1, 2 + i, true),
          valuesRef: sheetColumnRange(ws.name, 2 + i, scen.firstRow, scen.lastRow),
          values: values[i]!,
          color: excelColor(c.style.color),
          ...(c.style.presetDash ? { dash: c.style.presetDash } : {}),
          ...c.line,
        })),
        valueFormat: fmt.excelValueFormat(),
        valueAxisTitle: fmt.unitLabel(),
      },
      'Scenarios (editable chart)',
    );
  }
}
