// A dataset with regionalData gets production, consumption (with the net
// balance as formulas across both sheets) and average price sheets.
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format/index.js';
import type { Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { excelDisplay } from './excel-display.js';
import { cellsOf, colWhere, formulaOf, numberIn, readWorkbook, regionalModel, rowWhere } from './fixtures.js';
import { createEvaluator } from './formula-eval.js';

let model: Model;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  model = regionalModel();
  wb = await readWorkbook(await renderWorkbook(model));
});

describe('regional sheets', () => {
  it('show production and consumption per region and year', () => {
    const prod = wb.getWorksheet('Production by region')!;
    const cons = wb.getWorksheet('Consumption by region')!;
    for (const region of model.regional!) {
      const pc = colWhere(prod, 4, region.region);
      const cc = colWhere(cons, 4, region.region);
      for (const p of region.production) expect(numberIn(prod.getCell(rowWhere(prod, p.year), pc))).toBe(p.value);
      for (const p of region.consumption) expect(numberIn(cons.getCell(rowWhere(cons, p.year), cc))).toBe(p.value);
    }
  });

  it('compute the net balance by formula across both sheets, cached with the Model balance', () => {
    const cons = wb.getWorksheet('Consumption by region')!;
    const { evaluate } = createEvaluator(wb);
    const header = rowWhere(cons, 'Year', rowWhere(cons, 'Net balance: production - consumption (USD billion)'));
    for (const region of model.regional!) {
      const col = colWhere(cons, header, region.region);
      for (const b of region.balance) {
        const cell = cons.getCell(rowWhere(cons, b.year, header), col);
        expect(formulaOf(cell)).toMatch(/^'Production by region'!\$?[A-Z]+\$?\d+-[A-Z]+\d+$/);
        expect(numberIn(cell)).toBeCloseTo(b.value, 12);
        expect(evaluate(cons, formulaOf(cell)!)).toBeCloseTo(b.value, 12);
      }
    }
  });

  // Every region a net exporter of 5 but for one small shortfall in the first year, under
  // the whole-number format of a large market or the two decimals of a smaller one.
  it.each([
    { production: 12.3, consumption: 12.72, valueDecimals: 0, shown: '-0.4', note: 'Balances show 1 decimal,' },
    // -0.004999999999999893 in binary: "-0.00" in Excel, which reads 15 significant digits.
    { production: 1.784, consumption: 1.789, valueDecimals: 2, shown: '-0.005', note: 'Balances show 3 decimals,' },
  ])('never show a small balance as "-0" or as zero ($production - $consumption reads $shown)', async (c) => {
    const shortfall = regionalModel((data) => {
      for (const [region, series] of Object.entries<{ year: number; value: number }[]>(data.production)) {
        series.forEach((p, k) => (p.value = data.consumption[region][k].value + 5));
      }
      const [region] = Object.keys(data.production);
      data.production[region!][0].value = c.production;
      data.consumption[region!][0].value = c.consumption;
    });
    const fixed: Model = { ...shortfall, display: { ...shortfall.display, valueDecimals: c.valueDecimals } };
    const book = await readWorkbook(await renderWorkbook(fixed));
    const cons = book.getWorksheet('Consumption by region')!;
    const header = rowWhere(cons, 'Year', rowWhere(cons, 'Net balance: production - consumption (USD billion)'));
    const { evaluate } = createEvaluator(book);
    let checked = 0;
    for (const region of fixed.regional!) {
      const col = colWhere(cons, header, region.region);
      for (const b of region.balance) {
        const cell = cons.getCell(rowWhere(cons, b.year, header), col);
        const where = `${region.region} ${b.year}: ${b.value} as ${cell.numFmt}`;
        // The exact balance, by formula, as before.
        expect(numberIn(cell), where).toBeCloseTo(b.value, 12);
        expect(evaluate(cons, formulaOf(cell)!), where).toBeCloseTo(b.value, 12);
        const shown = excelDisplay(numberIn(cell)!, cell.numFmt);
        expect(shown, where).not.toMatch(/^-0(\.0*)?$/);
        expect(Math.sign(Number(shown.replace(/,/g, ''))), where).toBe(Math.sign(b.value));
        checked += 1;
      }
    }
    expect(checked).toBe(fixed.regional!.length * fixed.regional![0]!.balance.length);
    // The shortfall, with the decimals that show it; the tables of production and consumption keep the market's format.
    const first = cons.getCell(header + 1, colWhere(cons, header, fixed.regional![0]!.region));
    expect(numberIn(first)).toBeCloseTo(c.production - c.consumption, 12);
    expect(excelDisplay(numberIn(first)!, first.numFmt)).toBe(c.shown);
    const valueFormat = createFormatter(fixed).excelValueFormat();
    expect(cons.getCell(5, 2).numFmt).toBe(valueFormat);
    expect(book.getWorksheet('Production by region')!.getCell(5, 2).numFmt).toBe(valueFormat);
    expect(String(cons.getCell(3, 1).value)).toContain(c.note);
  });

  it('list average prices by segment from the dataset', () => {
    const ws = wb.getWorksheet('Average price')!;
    const prices = model.dataset.regionalData!.averagePrice!;
    for (const [name, series] of Object.entries(prices)) {
      const col = colWhere(ws, 4, name);
      expect(String(ws.getCell(4, col).value)).toBe(`${name} (USD per unit)`);
      for (const p of series) expect(numberIn(ws.getCell(rowWhere(ws, p.year), col))).toBe(p.value);
    }
    expect(cellsOf(ws).some((c) => formulaOf(c))).toBe(false);
  });
});
