// A dataset with regionalData gets production, consumption (with the net
// balance as formulas across both sheets) and average price sheets.
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
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

  it('never show a small balance as "-0" or as zero', async () => {
    // Every region a net exporter of 5, but for a shortfall of 0.42 in the first year,
    // in a market large enough to show whole numbers ("#,##0").
    const shortfall = regionalModel((data) => {
      for (const [region, series] of Object.entries<{ year: number; value: number }[]>(data.production)) {
        series.forEach((p, k) => (p.value = data.consumption[region][k].value + 5));
      }
      const [region] = Object.keys(data.production);
      data.production[region!][0].value = 12.3;
      data.consumption[region!][0].value = 12.72;
    });
    const big: Model = { ...shortfall, display: { ...shortfall.display, valueDecimals: 0 } };
    const book = await readWorkbook(await renderWorkbook(big));
    const cons = book.getWorksheet('Consumption by region')!;
    const header = rowWhere(cons, 'Year', rowWhere(cons, 'Net balance: production - consumption (USD billion)'));
    const { evaluate } = createEvaluator(book);
    let checked = 0;
    for (const region of big.regional!) {
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
    expect(checked).toBe(big.regional!.length * big.regional![0]!.balance.length);
    // The shortfall, with the one decimal that shows it; the tables of production and consumption keep whole numbers.
    const first = cons.getCell(header + 1, colWhere(cons, header, big.regional![0]!.region));
    expect(numberIn(first)).toBeCloseTo(-0.42, 12);
    expect(excelDisplay(numberIn(first)!, first.numFmt)).toBe('-0.4');
    expect(cons.getCell(5, 2).numFmt).toBe('#,##0');
    expect(book.getWorksheet('Production by region')!.getCell(5, 2).numFmt).toBe('#,##0');
    expect(String(cons.getCell(3, 1).value)).toContain('Balances show 1 decimal,');
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
