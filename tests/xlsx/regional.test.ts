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

const valueAt = (series: readonly { year: number; value: number }[], year: number) => series.find((p) => p.year === year)!.value;

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

  it('compute the net balance by formula across both sheets, over the values as displayed', () => {
    const cons = wb.getWorksheet('Consumption by region')!;
    const fmt = createFormatter(model);
    const d = model.display.valueDecimals;
    const { evaluate } = createEvaluator(wb);
    const header = rowWhere(cons, 'Year', rowWhere(cons, 'Net balance: production - consumption (USD billion)'));
    for (const region of model.regional!) {
      const col = colWhere(cons, header, region.region);
      for (const b of region.balance) {
        const cell = cons.getCell(rowWhere(cons, b.year, header), col);
        const balance = fmt.printedDifference(valueAt(region.consumption, b.year), valueAt(region.production, b.year));
        expect(formulaOf(cell)).toMatch(new RegExp(`^ROUND\\('Production by region'!\\$?[A-Z]+\\$?\\d+,${d}\\)-ROUND\\([A-Z]+\\d+,${d}\\)$`));
        expect(numberIn(cell)).toBeCloseTo(balance, 12);
        expect(evaluate(cons, formulaOf(cell)!)).toBeCloseTo(balance, 12);
      }
    }
  });

  // Every region a net exporter of 5 but for one small balance in the first
  // year, under the whole-number format of a large market or the two decimals
  // of a smaller one. The pack once showed such a balance with more decimals
  // than the report ("-0.122" against the PDF's "-0.12"), so that "-0.42"
  // would not read "-0"; it now shows the difference of the two values as
  // displayed, as the report prints it: the same decimals, a sign on what is
  // not zero, never "-0".
  it.each([
    { production: 1.3, consumption: 1.72, valueDecimals: 0, shown: '-1' },
    { production: 1, consumption: 1.42, valueDecimals: 0, shown: '0' },
    { production: 1.3, consumption: 1.4, valueDecimals: 0, shown: '0' },
    // -0.004999999999999893 in binary: "-0.00" in Excel under a plain "#,##0.00".
    { production: 1.784, consumption: 1.789, valueDecimals: 2, shown: '-0.01' },
    { production: 1.784, consumption: 1.7841, valueDecimals: 2, shown: '0.00' },
    { production: 0.125, consumption: 0.1, valueDecimals: 2, shown: '+0.03' },
  ])('show $production - $consumption as the report does, "$shown"', async (c) => {
    const shortfall = regionalModel((data) => {
      for (const [region, series] of Object.entries<{ year: number; value: number }[]>(data.production)) {
        series.forEach((p, k) => (p.value = data.consumption[region][k].value + 5));
      }
      const [region] = Object.keys(data.production);
      data.production[region!][0].value = c.production;
      data.consumption[region!][0].value = c.consumption;
    });
    const fixed: Model = { ...shortfall, display: { ...shortfall.display, valueDecimals: c.valueDecimals } };
    const fmt = createFormatter(fixed);
    const book = await readWorkbook(await renderWorkbook(fixed));
    const cons = book.getWorksheet('Consumption by region')!;
    const prod = book.getWorksheet('Production by region')!;
    const header = rowWhere(cons, 'Year', rowWhere(cons, 'Net balance: production - consumption (USD billion)'));
    let checked = 0;
    for (const region of fixed.regional!) {
      const col = colWhere(cons, header, region.region);
      for (const b of region.balance) {
        const cell = cons.getCell(rowWhere(cons, b.year, header), col);
        const shown = excelDisplay(numberIn(cell)!, cell.numFmt);
        const where = `${region.region} ${b.year}: ${b.value} as ${cell.numFmt}`;
        expect(shown, where).not.toMatch(/^-0(\.0*)?$/);
        // What the report's table prints, and the difference of the two cells displayed above.
        expect(shown, where).toBe(fmt.signedValue(fmt.printedDifference(valueAt(region.consumption, b.year), valueAt(region.production, b.year))));
        const displayed = (ws: ExcelJS.Worksheet) => {
          const v = ws.getCell(rowWhere(ws, b.year), col);
          return Number(excelDisplay(numberIn(v)!, v.numFmt).replace(/,/g, ''));
        };
        expect(Number(shown), where).toBeCloseTo(displayed(prod) - displayed(cons), 9);
        checked += 1;
      }
    }
    expect(checked).toBe(fixed.regional!.length * fixed.regional![0]!.balance.length);
    const first = cons.getCell(header + 1, colWhere(cons, header, fixed.regional![0]!.region));
    expect(excelDisplay(numberIn(first)!, first.numFmt)).toBe(c.shown);
    const valueFormat = fmt.excelValueFormat();
    expect(cons.getCell(5, 2).numFmt).toBe(valueFormat);
    expect(prod.getCell(5, 2).numFmt).toBe(valueFormat);
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
