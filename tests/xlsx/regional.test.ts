// A dataset with regionalData gets production, consumption (with the net
// balance as formulas across both sheets) and average price sheets.
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
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
