// A total printed beside the shares it sums is their sum as printed. A reviewer
// read "were the largest of them, with 5.2% each. HCA Hospitals, AXA PPP Healthcare, and
// Royal London Group, the companies in Tier 1, held 15.5% of the market
// between them" (the exact 3 x 5.16% = 15.48%): a reader adds 15.6. The prose,
// the PDF tier table and the workbook's tier table and listed total all read
// the one definition (src/format/rounding.ts printedSum).
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { printedSum } from '../../src/format/rounding.js';
import { tierLabel } from '../../src/format/tier-labels.js';
import type { RenderContext } from '../../src/pdf/context.js';
import { buildTable } from '../../src/pdf/tables/index.js';
import { createTheme } from '../../src/pdf/theme.js';
import { fullView } from '../../src/pdf/view.js';
import type { Dataset, Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { defaultDataset } from '../fixtures.js';
import { renderedNarrative } from '../narrative/rendered.js';
import { formulaOf, numberIn, readWorkbook, rowWhere } from '../xlsx/fixtures.js';
import { createEvaluator } from '../xlsx/formula-eval.js';

/** The reviewer's dataset: the first three companies at 5.16%, every other share of 5% or more at 4.5%. */
function jointTier1(): Dataset {
  const d = defaultDataset();
  return { ...d, companies: d.companies.map((c, i) => (i < 3 ? { ...c, share: 0.0516 } : (c.share ?? 0) >= 0.05 ? { ...c, share: 0.045 } : c)) };
}

function contextOf(model: Model): RenderContext {
  const fmt = createFormatter(model);
  return { model, fmt, view: fullView(fmt), theme: createTheme(undefined) } as unknown as RenderContext;
}

/** What a reader adds up from the printed shares, in tenths of a percent (one decimal). */
function readerSum(model: Model, shares: readonly (number | undefined)[]): string {
  const fmt = createFormatter(model);
  const tenths = shares.reduce<number>((s, x) => s + (x === undefined ? 0 : Math.round(Number(fmt.percent(x).replace('%', '')) * 10)), 0);
  return fmt.percent(tenths / 1000);
}

describe('printedSum', () => {
  it('adds shares as printed, not as exact numbers', () => {
    const display = { valueDecimals: 2, percentDecimals: 1 };
    expect(printedSum([0.0516, 0.0516, 0.0516], display)).toBe(0.156);
    expect(printedSum([0.0514, 0.0514], display)).toBe(0.102);
    expect(printedSum([], display)).toBe(0);
  });
});

describe('a tier\'s total share', () => {
  it('is the sum of its members\' printed shares in the prose', async () => {
    const { model, text } = await renderedNarrative(jointTier1());
    const fmt = createFormatter(model);
    expect(text['competitive-situation']).toContain(`were the largest of them, with ${fmt.percent(0.0516)} each.`);
    expect(text['competitive-situation']).toContain('Tier 1 (share of 5% or more), held 15.6% of the market between them');
    for (const t of model.companies.tiers) {
      const members = model.companies.list.filter((c) => c.tier === t.tier);
      if (members.every((c) => c.share === undefined)) continue;
      expect(text['company-tiers']).toContain(`${tierLabel(fmt, t.tier)}: `);
      expect(text['company-tiers'], `Tier ${t.tier}`).toMatch(new RegExp(`share of ${readerSum(model, members.map((c) => c.share)).replace('.', '\\.')}`));
    }
  });

  it('is the sum of its members\' printed shares in the PDF tier table', () => {
    const model = buildModel(jointTier1());
    const table = buildTable('company-tiers', contextOf(model), {});
    for (const [i, t] of model.companies.tiers.entries()) {
      const shares = model.companies.list.filter((c) => c.tier === t.tier).map((c) => c.share);
      if (shares.every((s) => s === undefined)) continue;
      expect(table.rows[i]![2], `Tier ${t.tier}`).toBe(readerSum(model, shares));
    }
    expect(table.rows[0]![2]).toBe('15.6%');
  });

  it('is a workbook formula adding the displayed shares, and the listed total is too', async () => {
    const model = buildModel(jointTier1());
    const wb = await readWorkbook(await renderWorkbook(model));
    const ws: ExcelJS.Worksheet = wb.getWorksheet('Companies')!;
    const { evaluate } = createEvaluator(wb);
    const fmt = createFormatter(model);
    const shareCol = 6;
    const tier1 = rowWhere(ws, tierLabel(fmt, 1), 1, 2);
    const cell = ws.getCell(tier1, 4);
    expect(numberIn(cell)).toBe(0.156);
    expect(evaluate(ws, formulaOf(cell)!)).toBeCloseTo(0.156, 12);
    const listed = ws.getCell(rowWhere(ws, 'Listed companies', 1, 2), shareCol);
    const expected = readerSum(model, model.companies.list.map((c) => c.share));
    expect(fmt.percent(numberIn(listed)!)).toBe(expected);
    expect(fmt.percent(evaluate(ws, formulaOf(listed)!))).toBe(expected);
  });
});

describe('the listed companies\' total and the rest of the market', () => {
  it('add up, in the prose, to the printed shares and to 100%', async () => {
    const { model, text } = await renderedNarrative(jointTier1());
    const fmt = createFormatter(model);
    const listed = readerSum(model, model.companies.list.map((c) => c.share));
    const rest = fmt.percent(1 - Number(listed.replace('%', '')) / 100);
    expect(text['company-share']).toContain(`together held ${listed} of the market; the remaining ${rest} is spread`);
  });
});
