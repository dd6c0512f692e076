// Read-back: every formula recalculates (from the cells it points at) to the
// result cached in the file, and the cached results are the Model's numbers:
// market YoY and CAGR, segment totals equal to the market row, shares,
// segment CAGR, company values, tier totals, summary figures.
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { createFormatter } from '../../src/format/index.js';
import { tierLabel } from '../../src/format/tier-labels.js';
import type { Model } from '../../src/types.js';
import { cellsOf, colWhere, defaultModel, formulaOf, numberIn, readWorkbook, rowWhere } from './fixtures.js';
import { createEvaluator } from './formula-eval.js';

const close = (actual: number | undefined, expected: number) => {
  expect(actual).toBeTypeOf('number');
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

let model: Model;
let wb: ExcelJS.Workbook;
const sheet = (name: string) => wb.getWorksheet(name)!;

beforeAll(async () => {
  model = defaultModel();
  wb = await readWorkbook(await renderWorkbook(model));
});

describe('every formula', () => {
  it('recalculates to its cached result', () => {
    const { evaluate } = createEvaluator(wb);
    let count = 0;
    for (const ws of wb.worksheets) {
      for (const cell of cellsOf(ws)) {
        const formula = formulaOf(cell);
        if (!formula) continue;
        count += 1;
        const cached = numberIn(cell);
        expect(cached, `${ws.name}!${cell.address} has no cached result`).toBeTypeOf('number');
        const recalculated = evaluate(ws, formula);
        expect(Math.abs(recalculated - cached!), `${ws.name}!${cell.address} =${formula}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(cached!)));
      }
    }
    // Market YoY and CAGR, segment totals/CAGR/shares, companies, tiers, summary: well over a hundred.
    expect(count).toBeGreaterThan(100);
  });
});

describe('market size sheet', () => {
  it('holds the series, the flag and the YoY formula per year', () => {
    const ws = sheet('Market size');
    for (const point of model.market.series) {
      const r = rowWhere(ws, point.year);
      close(numberIn(ws.getCell(r, 2)), point.value);
      expect(ws.getCell(r, 3).value).toBe(point.actual ? 'Actual' : 'Forecast');
      const yoy = model.market.yoy.find((g) => g.year === point.year);
      if (yoy) {
        expect(formulaOf(ws.getCell(r, 4))).toBe(`B${r}/B${r - 1}-1`);
        close(numberIn(ws.getCell(r, 4)), yoy.growth);
      } else {
        expect(ws.getCell(r, 4).value).toBeNull();
      }
    }
  });

  it('has CAGR formulas over the value column for each span', () => {
    const ws = sheet('Market size');
    const { historical, forecast, full } = model.market.spans;
    for (const [label, span] of [['CAGR, actual', historical], ['CAGR, forecast', forecast], ['CAGR, whole period', full]] as const) {
      const r = rowWhere(ws, `${label}, ${span.from}–${span.to}`);
      const from = rowWhere(ws, span.from);
      const to = rowWhere(ws, span.to);
      expect(formulaOf(ws.getCell(r, 2))).toBe(`(B${to}/B${from})^(1/(A${to}-A${from}))-1`);
      close(numberIn(ws.getCell(r, 2)), span.cagr);
    }
  });

  it('lists the scenarios with their CAGR', () => {
    const ws = sheet('Market size');
    const scenarios = model.market.scenarios!;
    const header = rowWhere(ws, 'Year', rowWhere(ws, `Scenarios (USD billion)`));
    for (const [name, s] of [['Low case', scenarios.low], ['High case', scenarios.high]] as const) {
      const col = colWhere(ws, header, name);
      for (const p of s.series) close(numberIn(ws.getCell(rowWhere(ws, p.year, header), col)), p.value);
      close(numberIn(ws.getCell(rowWhere(ws, `CAGR, ${model.baseYear}–${model.forecastTo}`, header), col)), s.cagr);
    }
  });
});

describe('segmentation sheets', () => {
  it('have a SUM total per year equal to the market row, and segments that add up to it', () => {
    for (const seg of model.segmentations) {
      const ws = sheet(`By ${seg.title}`);
      const totalCol = seg.segments.length + 2;
      expect(String(ws.getCell(4, totalCol).value)).toMatch(/^Total/);
      for (const point of model.market.series) {
        const r = rowWhere(ws, point.year);
        expect(formulaOf(ws.getCell(r, totalCol))).toBe(`SUM(B${r}:${ws.getColumn(totalCol - 1).letter}${r})`);
        close(numberIn(ws.getCell(r, totalCol)), point.value);
        const sum = seg.segments.reduce((s, _, i) => s + numberIn(ws.getCell(r, 2 + i))!, 0);
        close(sum, point.value);
        seg.segments.forEach((s, i) => close(numberIn(ws.getCell(r, 2 + i)), s.series.find((p) => p.year === point.year)!.value));
      }
    }
  });

  it('have a CAGR row and shares per year from the Model', () => {
    for (const seg of model.segmentations) {
      const ws = sheet(`By ${seg.title}`);
      const cagrRow = rowWhere(ws, `CAGR, ${model.baseYear}–${model.forecastTo}`);
      seg.segments.forEach((s, i) => close(numberIn(ws.getCell(cagrRow, 2 + i)), s.cagr));
      const shareHeader = rowWhere(ws, 'Year', cagrRow);
      for (const year of model.years) {
        const r = rowWhere(ws, year, shareHeader);
        seg.segments.forEach((s, i) => close(numberIn(ws.getCell(r, 2 + i)), s.shares.find((p) => p.year === year)!.value));
      }
    }
  });
});

describe('companies and summary', () => {
  it('values each company as share x the base-year market cell', () => {
    const ws = sheet('Companies');
    const base = rowWhere(sheet('Market size'), model.baseYear);
    for (const [i, c] of model.companies.list.entries()) {
      // One row per company in list order (ranks repeat where shares print alike).
      const r = 5 + i;
      expect(ws.getCell(r, 2).value).toBe(c.name);
      if (c.share === undefined) continue;
      close(numberIn(ws.getCell(r, 6)), c.share);
      expect(formulaOf(ws.getCell(r, 7))).toBe(`F${r}*'Market size'!$B$${base}`);
      close(numberIn(ws.getCell(r, 7)), c.value!);
    }
  });

  it('totals the listed shares, the rest of the market and each tier', () => {
    const ws = sheet('Companies');
    close(numberIn(ws.getCell(rowWhere(ws, 'Listed companies', 1, 2), 6)), model.companies.listedShare);
    close(numberIn(ws.getCell(rowWhere(ws, 'Companies not profiled', 1, 2), 6)), model.companies.othersShare);
    for (const tier of model.companies.tiers) {
      const r = rowWhere(ws, tierLabel(createFormatter(model), tier.tier), 1, 2);
      expect(numberIn(ws.getCell(r, 3))).toBe(tier.companies.length);
      close(numberIn(ws.getCell(r, 4)), tier.share);
    }
  });

  it('shows the headline figures as links into the data sheets', () => {
    const ws = sheet('Summary');
    const m = model.market;
    const value = (label: string) => ws.getCell(rowWhere(ws, label), 3);
    close(numberIn(value(`Market size, ${model.baseYear} (base year)`)), m.milestones.base.value);
    close(numberIn(value(`Market size, ${model.forecastTo} (forecast)`)), m.milestones.end.value);
    // The difference of the two market sizes as displayed, as the report prints it (report-agreement.test.ts).
    close(numberIn(value(`Absolute growth, ${model.baseYear}–${model.forecastTo}`)), createFormatter(model).printedDifference(m.milestones.base.value, m.milestones.end.value));
    close(numberIn(value(`CAGR, ${m.spans.forecast.from}–${m.spans.forecast.to} (forecast)`)), m.spans.forecast.cagr);
    close(numberIn(value(`CAGR, ${m.spans.historical.from}–${m.spans.historical.to} (actual)`)), m.spans.historical.cagr);
    expect(formulaOf(value(`Market size, ${model.baseYear} (base year)`))).toBe(`'Market size'!B${rowWhere(sheet('Market size'), model.baseYear)}`);
    for (const seg of model.segmentations) {
      const largest = seg.segments.find((s) => s.name === seg.largest)!;
      const fastest = seg.segments.find((s) => s.name === seg.fastest)!;
      const lr = rowWhere(ws, `Largest ${seg.title.toLowerCase()} segment, share ${model.baseYear}`);
      expect(ws.getCell(lr, 2).value).toBe(largest.name);
      close(numberIn(ws.getCell(lr, 3)), largest.baseShare);
      const fr = rowWhere(ws, `Fastest-growing ${seg.title.toLowerCase()} segment, CAGR ${model.baseYear}–${model.forecastTo}`);
      expect(ws.getCell(fr, 2).value).toBe(fastest.name);
      close(numberIn(ws.getCell(fr, 3)), fastest.cagr);
    }
  });
});
