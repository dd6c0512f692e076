// A tier with no company in it has no share. A reviewer read PDF Table 2.2
// with "–" then "0.0%" for Tiers 1 and 3 when every company was in Tier 2, and
// "0 / 0.0%" in the pack's tier table: both now read "–", the empty-cell mark.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { tierLabel } from '../../src/format/tier-labels.js';
import type { RenderContext } from '../../src/pdf/context.js';
import { buildTable } from '../../src/pdf/tables/index.js';
import { NO_FIGURE } from '../../src/pdf/tables/spec.js';
import { createTheme } from '../../src/pdf/theme.js';
import { fullView } from '../../src/pdf/view.js';
import type { Dataset, Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { defaultDataset } from '../fixtures.js';
import { numberIn, readWorkbook, rowWhere } from '../xlsx/fixtures.js';

/** Every company at 3%: all in Tier 2, Tiers 1 and 3 empty. */
function allInTier2(): Dataset {
  const d = defaultDataset();
  return { ...d, companies: d.companies.map((c) => ({ ...c, share: 0.03 })) };
}

/** Some companies with no share: Tier 3 holds them, and no share. */
function tier3Undisclosed(): Dataset {
  const d = defaultDataset();
  return { ...d, companies: d.companies.map(({ share, ...c }) => (share !== undefined && share < 0.02 ? c : { ...c, share })) };
}

function contextOf(model: Model): RenderContext {
  const fmt = createFormatter(model);
  return { model, fmt, view: fullView(fmt), theme: createTheme(undefined) } as unknown as RenderContext;
}

/** What a cell with this number format shows for zero: its third section. */
const zeroShows = (numFmt: string) => numFmt.split(';')[2]?.replace(/^"|"$/g, '');

describe('an empty tier', () => {
  it('has no share in the PDF tier table: "–", as its company list', () => {
    const model = buildModel(allInTier2());
    const rows = buildTable('company-tiers', contextOf(model), {}).rows;
    expect(rows.map((r) => r.slice(1).map((x) => (x === NO_FIGURE ? NO_FIGURE : 'figure')))).toEqual([
      [NO_FIGURE, NO_FIGURE],
      ['figure', 'figure'],
      [NO_FIGURE, NO_FIGURE],
    ]);
    expect(rows[1]![2]).toBe(createFormatter(model).percent(0.03 * model.companies.list.length));
  });

  it('reads "–" in the pack\'s tier table for its count and share, formulas kept', async () => {
    const model = buildModel(allInTier2());
    const ws: ExcelJS.Worksheet = (await readWorkbook(await renderWorkbook(model))).getWorksheet('Companies')!;
    const fmt = createFormatter(model);
    for (const tier of [1, 3] as const) {
      const r = rowWhere(ws, tierLabel(fmt, tier), 1, 2);
      for (const c of [3, 4]) {
        expect(numberIn(ws.getCell(r, c)), `Tier ${tier} column ${c}`).toBe(0);
        expect(zeroShows(ws.getCell(r, c).numFmt), `Tier ${tier} column ${c}`).toBe(NO_FIGURE);
      }
    }
    // A tier with companies reads its figures as before.
    const r2 = rowWhere(ws, tierLabel(fmt, 2), 1, 2);
    expect(ws.getCell(r2, 4).numFmt.split(';')[0]).toBe(fmt.excelPercentFormat());
  });
});

describe('a tier of undisclosed shares only', () => {
  it('lists its companies and shows no share in the PDF tier table', () => {
    const model = buildModel(tier3Undisclosed());
    const row = buildTable('company-tiers', contextOf(model), {}).rows[2]!;
    expect(row[1]).not.toBe(NO_FIGURE);
    expect(row[2]).toBe(NO_FIGURE);
  });
});
