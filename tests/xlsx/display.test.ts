// What a reader sees: each number shown under its cell's number format must
// read exactly as the report text prints it through the Formatter (money,
// percent). Formats come from the Formatter; the display is computed here
// independently (excel-display.ts), so a wrong format or a wrong cached
// number both fail.
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter, type Formatter } from '../../src/format/index.js';
import type { Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { excelDisplay } from './excel-display.js';
import { cellsOf, defaultModel, numberIn, readWorkbook, rowWhere } from './fixtures.js';
import { spaced } from '../support/spaced.js';

let model: Model;
let fmt: Formatter;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  model = defaultModel();
  fmt = createFormatter(model);
  wb = await readWorkbook(await renderWorkbook(model));
});

const shown = (cell: ExcelJS.Cell) => excelDisplay(numberIn(cell)!, cell.numFmt);

describe('displayed figures', () => {
  it('market values read as the report prints them (Formatter.money)', () => {
    const ws = wb.getWorksheet('Market size')!;
    for (const p of model.market.series) {
      const cell = ws.getCell(rowWhere(ws, p.year), 2);
      expect(`${model.currency} ${shown(cell)} ${model.unit}`).toBe(spaced(fmt.money(p.value)));
    }
  });

  it('growth rates and shares read as Formatter.percent', () => {
    const market = wb.getWorksheet('Market size')!;
    // Year-on-year growth carries its sign, as in the PDF's table ("+8.6%").
    for (const g of model.market.yoy) expect(shown(market.getCell(rowWhere(market, g.year), 4))).toBe(fmt.signedPercent(g.growth));
    for (const seg of model.segmentations) {
      const ws = wb.getWorksheet(`By ${seg.title}`)!;
      const cagrRow = rowWhere(ws, `CAGR, ${model.baseYear}–${model.forecastTo}`);
      seg.segments.forEach((s, i) => expect(shown(ws.getCell(cagrRow, 2 + i))).toBe(fmt.percent(s.cagr)));
      const shareRow = rowWhere(ws, model.baseYear, cagrRow);
      seg.segments.forEach((s, i) => expect(shown(ws.getCell(shareRow, 2 + i))).toBe(fmt.percent(s.baseShare)));
    }
  });

  it('the signed growth format reads as Formatter.signedPercent for rises, falls, zero and what rounds to zero', () => {
    // A rate under 0.05% in size prints "0.0%", without a sign, in the report and the pack alike.
    for (const rate of [0.086, -0.021, 0, 0.0005, -0.0005, 0.00019, -0.00019, 0.000499, -0.1234, 1.5]) {
      expect(excelDisplay(rate, fmt.excelSignedPercentFormat()), String(rate)).toBe(fmt.signedPercent(rate));
    }
  });

  it('summary headline figures read as the report text', () => {
    const ws = wb.getWorksheet('Summary')!;
    const m = model.market;
    const at = (label: string) => shown(ws.getCell(rowWhere(ws, label), 3));
    expect(`${model.currency} ${at(`Market size, ${model.baseYear} (base year)`)} ${model.unit}`).toBe(spaced(fmt.money(m.milestones.base.value)));
    expect(`${model.currency} ${at(`Market size, ${model.forecastTo} (forecast)`)} ${model.unit}`).toBe(spaced(fmt.money(m.milestones.end.value)));
    expect(at(`CAGR, ${m.spans.forecast.from}–${m.spans.forecast.to} (forecast)`)).toBe(fmt.percent(m.spans.forecast.cagr));
    expect(at(`CAGR, ${m.spans.full.from}–${m.spans.full.to} (whole period)`)).toBe(fmt.percent(m.spans.full.cagr));
  });

  it('uses only the Formatter formats for money and percentages, and puts the unit in the headers', () => {
    // Besides the Formatter's formats: plain integers (years, ranks) and the tier label, which are not market figures.
    // The tier table's count and share show zero (an empty tier) as the empty-cell mark "–".
    const orDash = (f: string) => `${f};-${f};"\u2013"`;
    const allowed = new Set([fmt.excelValueFormat(), fmt.excelPercentFormat(), fmt.excelSignedPercentFormat(), '0', '#,##0.00', '"Tier "0', orDash('0'), orDash(fmt.excelPercentFormat())]);
    for (const ws of wb.worksheets) {
      for (const cell of cellsOf(ws)) {
        if (numberIn(cell) === undefined) continue;
        expect(allowed, `${ws.name}!${cell.address} format ${cell.numFmt}`).toContain(cell.numFmt);
      }
    }
    expect(wb.getWorksheet('Market size')!.getCell('B4').value).toBe(`Market size (${fmt.unitLabel()})`);
    const type = wb.getWorksheet('By Type')!;
    expect(String(type.getCell('B4').value)).toContain(`(${fmt.unitLabel()})`);
  });

  it('defines the tiers with the percent sign of the report\'s locale', async () => {
    const de = buildModel({ ...model.dataset, locale: 'de-DE' });
    const ws = (await readWorkbook(await renderWorkbook(de))).getWorksheet('Companies')!;
    // The tier summary: tier number in column A, its definition in column B.
    const definition = (tier: number) => ws.getCell(rowWhere(ws, 'Share by company tier') + 1 + tier, 2).value;
    expect(definition(1)).toBe('Tier 1 (share of 5\u00a0% or more)');
    expect(definition(2)).toBe('Tier 2 (share of 2\u00a0% to under 5\u00a0%)');
    expect(definition(3)).toBe('Tier 3 (share below 2\u00a0% or not disclosed)');
  });

  it('follows the display policy of a larger market (fewer decimals)', async () => {
    // Ten times the unit: the policy drops to one decimal, and the workbook's formats follow.
    const big: Model = { ...model, display: { valueDecimals: 1, percentDecimals: 2 } };
    const bigFmt = createFormatter(big);
    const ws = (await readWorkbook(await renderWorkbook(big))).getWorksheet('Market size')!;
    const cell = ws.getCell(rowWhere(ws, big.forecastTo), 2);
    expect(cell.numFmt).toBe('#,##0.0');
    expect(`${big.currency} ${shown(cell)} ${big.unit}`).toBe(spaced(bigFmt.money(big.market.milestones.end.value)));
    const yoy = ws.getCell(rowWhere(ws, big.forecastTo), 4);
    expect(yoy.numFmt).toBe("[>=0.00005]+0.00%;[<=-0.00005]-0.00%;0.00%");
    expect(shown(yoy)).toBe(bigFmt.signedPercent(big.market.yoy.at(-1)!.growth));
  });
});
